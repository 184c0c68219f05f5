package it.cuffia.quality.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The value given to one item: 1/0 for yes/no, points on a scale, null for not applicable. */
@Entity
@Table(name = "quality_answer")
public class EvaluationAnswer extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private QualityItem item;

    @Column(name = "item_value")
    private Integer value;

    protected EvaluationAnswer() {
    }

    EvaluationAnswer(Evaluation evaluation, QualityItem item, Integer value) {
        this.evaluation = evaluation;
        this.item = item;
        this.value = value;
    }

    public boolean isNotApplicable() {
        return value == null;
    }

    /** A critical item answered no (or 0): what failed the evaluation. */
    public boolean isCriticalFailure() {
        return item.isCritical() && item.rule().fails(value);
    }

    public Evaluation getEvaluation() { return evaluation; }
    public QualityItem getItem() { return item; }
    public Integer getValue() { return value; }
}
