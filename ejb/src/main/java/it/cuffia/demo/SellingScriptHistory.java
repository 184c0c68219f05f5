package it.cuffia.demo;

import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.scripts.domain.Script;
import it.cuffia.scripts.domain.ScriptAnswer;
import it.cuffia.scripts.domain.ScriptStep;
import it.cuffia.scripts.domain.ScriptVersion;
import it.cuffia.scripts.domain.StepKind;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's A/B test of the selling script: version 1 in the first half of the past weeks,
 * version 2 (an answer for customers who already have fibre) since then, each answered call with
 * the path its outcome implies, some stopping at the privacy notice.
 */
final class SellingScriptHistory {

    private final Random random;
    private final Script script;
    private final ScriptVersion first;
    private final ScriptVersion second;
    private final Instant switchedAt;
    private final String hasFibreKey;

    SellingScriptHistory(EntityManager em, Random random, Instant switchedAt) {
        this.random = random;
        this.switchedAt = switchedAt;
        this.script = em.createQuery("select s from Script s where s.campaign.type = :t", Script.class)
                .setParameter("t", CampaignType.TELESELLING).getResultList().get(0);
        this.first = script.version(1);
        this.second = script.newDraft("admin", switchedAt);
        ScriptStep offer = second.step("s3");
        List<ScriptAnswer> answers = new ArrayList<>(offer.getAnswers());
        ScriptStep already = second.addStep(new ScriptStep.StepData(StepKind.END, "Ha già la fibra",
                "<p>Bene, allora le lascio il nostro numero per quando scade il contratto. Buona giornata {customer.firstName}.</p>",
                false, null, "NOT_INTERESTED", null, List.of()));
        answers.add(new ScriptAnswer("Ho già la fibra", already.getKey()));
        this.hasFibreKey = already.getKey();
        ScriptStep.StepData data = offer.data();
        second.changeStep("s3", new ScriptStep.StepData(data.kind(), data.title(), data.body(), data.mandatory(), data.nextKey(),
                data.outcome(), data.surveyQuestionId(), answers));
        em.flush();
        script.publish(Set.of(), "admin", switchedAt);
        script.pin(2);
        em.flush();
    }

    Campaign campaign() {
        return script.getCampaign();
    }

    void run(HistoryRows rows, Long call, Outcome outcome, Instant ringing, int seconds, Instant recorded) {
        ScriptVersion version = ringing.isBefore(switchedAt) ? first : second;
        List<String[]> path = new ArrayList<>();
        path.add(new String[] {"s1", null});
        boolean hungUpAtPrivacy = outcome == Outcome.INFO_SENT || random.nextInt(8) == 0;
        path.add(new String[] {"s2", null});
        if (!hungUpAtPrivacy) {
            switch (outcome) {
                case SALE -> {
                    if (random.nextInt(3) == 0) {
                        path.add(new String[] {"s3", "Costa troppo"});
                        path.add(new String[] {"s4", null});
                    }
                    path.add(new String[] {"s3", "Sì, mi interessa"});
                    path.add(new String[] {"s5", null});
                }
                case CALLBACK -> {
                    path.add(new String[] {"s3", "Devo pensarci"});
                    path.add(new String[] {"s6", null});
                }
                default -> {
                    boolean hasFibre = version == second && random.nextInt(5) < 2;
                    path.add(new String[] {"s3", hasFibre ? "Ho già la fibra" : "No, grazie"});
                    path.add(new String[] {hasFibre ? hasFibreKey : "s7", null});
                }
            }
        }
        rows.scriptRun(call, version.getId(), path, !hungUpAtPrivacy, seconds, recorded);
    }
}
