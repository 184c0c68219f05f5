package it.cuffia.quality.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An agent's sample of the week and how much of it is evaluated. */
public record Coverage(Long agentId, String agentName, long sampled, long evaluated) implements Serializable {

    /** Evaluated over sampled in percent, 2 decimals half-even. */
    public BigDecimal percent() {
        return sampled == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(evaluated * 100).divide(BigDecimal.valueOf(sampled), 2, RoundingMode.HALF_EVEN);
    }

    public BigDecimal getPercent() {
        return percent();
    }

    // JavaBean getters: Jakarta EL reads properties, not record components
    public String getAgentName() { return agentName; }
    public long getSampled() { return sampled; }
    public long getEvaluated() { return evaluated; }
}
