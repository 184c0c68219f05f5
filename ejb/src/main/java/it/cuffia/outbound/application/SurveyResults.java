package it.cuffia.outbound.application;

import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.QuestionKind;
import it.cuffia.outbound.domain.SurveyAnswer;
import it.cuffia.outbound.domain.SurveyQuestion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A survey campaign's answers, counted per question and choice by the database. */
@Stateless
public class SurveyResults {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CampaignService campaigns;

    /** One question's results: how many chose each option (or score), the mean of a scale, the latest free texts. */
    public static class QuestionResult implements Serializable {
        private final SurveyQuestion question;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final List<String> texts = new ArrayList<>();
        private long answered;
        private BigDecimal mean;

        QuestionResult(SurveyQuestion question) {
            this.question = question;
            question.choices().forEach(c -> counts.put(c, 0L));
            if (question.getKind() == QuestionKind.SCALE) {
                for (int i = 1; i <= 10; i++) counts.put(Integer.toString(i), 0L);
            }
        }

        public SurveyQuestion getQuestion() { return question; }
        public Map<String, Long> getCounts() { return counts; }
        public List<Map.Entry<String, Long>> getCountList() { return new ArrayList<>(counts.entrySet()); }
        public List<String> getTexts() { return texts; }
        public long getAnswered() { return answered; }
        public BigDecimal getMean() { return mean; }
    }

    public List<QuestionResult> of(Long campaignId) {
        callers.caller().require(Role.ADMIN, Role.SUPERVISOR);
        Campaign campaign = campaigns.get(campaignId);
        Map<Long, QuestionResult> results = new LinkedHashMap<>();
        campaigns.questions(campaignId).forEach(q -> results.put(q.getId(), new QuestionResult(q)));
        em.createQuery("select a.question.id, a.answer, count(a) from SurveyAnswer a where a.question.campaign = :c "
                        + "and a.question.kind <> :text group by a.question.id, a.answer", Object[].class)
                .setParameter("c", campaign).setParameter("text", QuestionKind.TEXT).getResultList()
                .forEach(row -> {
                    QuestionResult result = results.get((Long) row[0]);
                    long count = (Long) row[2];
                    result.answered += count;
                    for (String choice : ((String) row[1]).split(java.util.regex.Pattern.quote(SurveyQuestion.CHOICE_SEPARATOR))) {
                        result.counts.merge(choice, count, Long::sum);
                    }
                });
        for (QuestionResult result : results.values()) {
            if (result.question.getKind() == QuestionKind.SCALE && result.answered > 0) {
                long sum = result.counts.entrySet().stream().mapToLong(e -> Integer.parseInt(e.getKey()) * e.getValue()).sum();
                result.mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(result.answered), 2, RoundingMode.HALF_EVEN);
            }
            if (result.question.getKind() == QuestionKind.TEXT) {
                List<String> texts = em.createQuery("select a.answer from SurveyAnswer a where a.question = :q order by a.id desc", String.class)
                        .setParameter("q", result.question).setMaxResults(50).getResultList();
                result.texts.addAll(texts);
                result.answered = em.createQuery("select count(a) from SurveyAnswer a where a.question = :q", Long.class)
                        .setParameter("q", result.question).getSingleResult();
            }
        }
        return new ArrayList<>(results.values());
    }

    /** Every answer of the campaign, for the CSV export, in call order. */
    public List<SurveyAnswer> answers(Long campaignId) {
        callers.caller().require(Role.ADMIN, Role.SUPERVISOR);
        Campaign campaign = campaigns.get(campaignId);
        return em.createQuery("select a from SurveyAnswer a join fetch a.interaction i join fetch a.question q "
                        + "where q.campaign = :c order by i.id, q.position", SurveyAnswer.class)
                .setParameter("c", campaign).getResultList();
    }
}
