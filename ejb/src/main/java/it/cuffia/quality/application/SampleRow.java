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

    // JavaBean getters: Jakarta EL reads properties, not record components
    public Long getInteractionId() { return interactionId; }
    public String getAgentName() { return agentName; }
    public String getClientName() { return clientName; }
    public String getChannel() { return channel; }
    public String getDirection() { return direction; }
    public Instant getRingingAt() { return ringingAt; }
    public String getOutcome() { return outcome; }
    public boolean isComplaint() { return complaint; }
    public BigDecimal getScore() { return score; }
    public boolean isFailedCritical() { return failedCritical; }
}
