package it.cuffia.quality.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** An interaction of the week's sample, with its evaluation when it has one. */
public record SampleRow(Long interactionId, Long agentId, String agentName, String clientName, String channel, String direction,
                        Instant ringingAt, String outcome, boolean complaint, Long evaluationId, BigDecimal score,
                        boolean failedCritical) implements Serializable {

    public boolean isEvaluated() {
        return evaluationId != null;
    }
}
