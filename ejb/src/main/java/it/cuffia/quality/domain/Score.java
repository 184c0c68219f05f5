package it.cuffia.quality.domain;

import it.cuffia.shared.domain.DomainException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The score of an evaluation in percent, 2 decimals half-even: the sum of the weights of the items met
 * over the sum of the weights of the applicable items; a scale item counts its weight × points / maximum;
 * a N/A item leaves both sums; any critical item failed makes the score 0 and the evaluation failed-critical.
 */
public record Score(BigDecimal percent, boolean failedCritical) implements Serializable {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One answered item: its rule and its value (null = not applicable). */
    public record Answer(String item, ItemRule rule, Integer value) {
    }

    public static Score of(List<Answer> answers) {
        if (answers.isEmpty()) {
            throw new DomainException("quality.form.empty");
        }
        boolean failedCritical = false;
        // weights × points / maximum, summed exactly as fractions over the common denominator of the maxima
        BigDecimal met = BigDecimal.ZERO;
        BigDecimal applicable = BigDecimal.ZERO;
        for (Answer answer : answers) {
            answer.rule().check(answer.value(), answer.item());
            if (answer.value() == null) {
                continue;
            }
            if (answer.rule().critical() && answer.rule().fails(answer.value())) {
                failedCritical = true;
            }
            BigDecimal weight = BigDecimal.valueOf(answer.rule().weight());
            applicable = applicable.add(weight);
            met = met.add(weight.multiply(BigDecimal.valueOf(answer.value()))
                    .divide(BigDecimal.valueOf(answer.rule().scaleMax()), 20, RoundingMode.HALF_EVEN));
        }
        if (failedCritical) {
            return new Score(BigDecimal.ZERO.setScale(2), true);
        }
        if (applicable.signum() == 0) {
            throw new DomainException("quality.score.nothingApplicable");
        }
        return new Score(met.multiply(HUNDRED).divide(applicable, 2, RoundingMode.HALF_EVEN), false);
    }

    /** A score a person typed (a dispute accepted): 0..100, at most 2 decimals. */
    public static BigDecimal typed(BigDecimal percent) {
        if (percent == null) {
            throw new DomainException("quality.score.required");
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new DomainException("quality.score.range");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new DomainException("quality.score.decimals");
        }
        return percent.setScale(2, RoundingMode.HALF_EVEN);
    }
}
