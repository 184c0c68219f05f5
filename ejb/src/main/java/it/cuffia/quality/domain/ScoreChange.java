package it.cuffia.quality.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A score changed after the evaluation: who, when, from what to what, and why. */
@Entity
@Table(name = "quality_score_change")
public class ScoreChange extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;
    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "old_score", nullable = false, precision = 5, scale = 2)
    private BigDecimal oldScore;
    @Column(name = "new_score", nullable = false, precision = 5, scale = 2)
    private BigDecimal newScore;
    @Column(nullable = false, length = Evaluation.TEXT_MAX)
    private String reason;

    protected ScoreChange() {
    }

    ScoreChange(Evaluation evaluation, String by, Instant at, BigDecimal oldScore, BigDecimal newScore, String reason) {
        this.evaluation = evaluation;
        this.changedBy = by;
        this.changedAt = at;
        this.oldScore = oldScore;
        this.newScore = newScore;
        this.reason = reason;
    }

    public Evaluation getEvaluation() { return evaluation; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public BigDecimal getOldScore() { return oldScore; }
    public BigDecimal getNewScore() { return newScore; }
    public String getReason() { return reason; }
}
