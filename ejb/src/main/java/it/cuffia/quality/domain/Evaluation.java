package it.cuffia.quality.domain;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A supervisor's evaluation of one interaction against one form version, with its score ({@link Score}). The
 * agent then acknowledges it, or disputes it once with a comment; the supervisor accepts the dispute with a new
 * score and a reason (kept in the history, {@link ScoreChange}) or rejects it with a reason
 * ({@link EvaluationStatus}). The shape of the pay disputes ({@code it.cuffia.pay.domain.LineDispute}): one answer
 * closes the dispute.
 */
@Entity
@Table(name = "quality_evaluation")
@NamedQuery(name = "Evaluation.ofInteraction", query = "select e from Evaluation e where e.interaction.id = :i")
public class Evaluation extends AbstractEntity {

    public static final int TEXT_MAX = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "interaction_id")
    private Interaction interaction;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id")
    private AppUser agent;
    @ManyToOne(optional = false)
    @JoinColumn(name = "form_version_id")
    private FormVersion formVersion;

    @Column(name = "evaluated_by", nullable = false, length = 60)
    private String evaluatedBy;
    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal score;
    @Column(name = "failed_critical", nullable = false)
    private boolean failedCritical;
    @Column(name = "comment_text", length = TEXT_MAX)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EvaluationStatus status = EvaluationStatus.NEW;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "dispute_comment", length = TEXT_MAX)
    private String disputeComment;
    @Column(name = "disputed_at")
    private Instant disputedAt;
    @Column(length = TEXT_MAX)
    private String answer;
    @Column(name = "answered_by", length = 60)
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL)
    private List<EvaluationAnswer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL)
    @OrderBy("changedAt")
    private List<ScoreChange> changes = new ArrayList<>();

    protected Evaluation() {
    }

    /**
     * Scores {@code interaction} against {@code version}.
     *
     * @param values the value of each item by its position; a position mapped to null is not applicable, a missing one
     *               is not answered yet (refused)
     */
    public Evaluation(Interaction interaction, FormVersion version, Map<Integer, Integer> values, String comment, String by, Instant at) {
        if (interaction.getAgent() == null) {
            throw new DomainException("quality.evaluation.noAgent");
        }
        if (!version.getForm().getClient().getId().equals(interaction.getClient().getId())) {
            throw new DomainException("quality.evaluation.otherClient");
        }
        List<Score.Answer> scored = new ArrayList<>();
        for (QualityItem item : version.getItems()) {
            if (!values.containsKey(item.getPosition())) {
                throw new DomainException("quality.answer.missing", item.getText());
            }
            Integer value = values.get(item.getPosition());
            scored.add(new Score.Answer(item.getText(), item.rule(), value));
            answers.add(new EvaluationAnswer(this, item, value));
        }
        Score result = Score.of(scored);
        this.interaction = interaction;
        this.client = interaction.getClient();
        this.campaign = interaction.getCampaign();
        this.agent = interaction.getAgent();
        this.formVersion = version;
        this.score = result.percent();
        this.failedCritical = result.failedCritical();
        this.comment = optional(comment);
        this.evaluatedBy = by;
        this.evaluatedAt = at;
    }

    /** The agent has read it and agrees. */
    public void acknowledge(Instant at) {
        requireNew();
        status = EvaluationStatus.ACKNOWLEDGED;
        acknowledgedAt = at;
    }

    /** The agent contests it, once, saying why. */
    public void dispute(String comment, Instant at) {
        requireNew();
        disputeComment = required(comment, "quality.dispute.comment");
        disputedAt = at;
        status = EvaluationStatus.DISPUTED;
    }

    /** The supervisor agrees: the score becomes {@code newScore} (kept in the history with the reason). */
    public void accept(BigDecimal newScore, String reason, String by, Instant at) {
        requireDisputed();
        BigDecimal typed = Score.typed(newScore);
        if (typed.compareTo(score) == 0) {
            throw new DomainException("quality.dispute.sameScore");
        }
        answer(EvaluationStatus.ACCEPTED, reason, by, at);
        changes.add(new ScoreChange(this, by, at, score, typed, answer));
        score = typed;
        // the supervisor's new score overrides the form's verdict: a critical failure accepted as wrong no longer fails
        failedCritical = failedCritical && typed.signum() == 0;
    }

    public void reject(String reason, String by, Instant at) {
        requireDisputed();
        answer(EvaluationStatus.REJECTED, reason, by, at);
    }

    private void answer(EvaluationStatus outcome, String reason, String by, Instant at) {
        this.answer = required(reason, "quality.dispute.reason");
        this.status = outcome;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    private void requireNew() {
        if (status != EvaluationStatus.NEW) {
            throw new DomainException("quality.evaluation.notNew");
        }
    }

    private void requireDisputed() {
        if (status != EvaluationStatus.DISPUTED) {
            throw new DomainException(status.isFinal() && answeredBy != null ? "quality.dispute.answered" : "quality.dispute.none",
                    answeredBy == null ? "" : answeredBy);
        }
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainException(key);
        }
        return optional(text);
    }

    private static String optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new DomainException("quality.text.tooLong", TEXT_MAX);
        }
        return text.strip();
    }

    public boolean isOpenDispute() {
        return status == EvaluationStatus.DISPUTED;
    }

    /** The score in hundredths of a percent: what the QUALITY counters add up. */
    public long points() {
        return score.movePointRight(2).longValueExact();
    }

    public Interaction getInteraction() { return interaction; }
    public Client getClient() { return client; }
    public Campaign getCampaign() { return campaign; }
    public AppUser getAgent() { return agent; }
    public FormVersion getFormVersion() { return formVersion; }
    public String getEvaluatedBy() { return evaluatedBy; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
    public BigDecimal getScore() { return score; }
    public boolean isFailedCritical() { return failedCritical; }
    public String getComment() { return comment; }
    public EvaluationStatus getStatus() { return status; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public String getDisputeComment() { return disputeComment; }
    public Instant getDisputedAt() { return disputedAt; }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public List<EvaluationAnswer> getAnswers() {
        List<EvaluationAnswer> ordered = new ArrayList<>(answers);
        ordered.sort(Comparator.comparingInt(a -> a.getItem().getPosition()));
        return ordered;
    }
    public List<ScoreChange> getChanges() { return List.copyOf(changes); }
}
