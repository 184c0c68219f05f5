package it.cuffia.scripts.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a version did: calls that followed it, how many reached an end step, their average handle
 * time, the outcomes recorded, and per step how many calls reached it and how many stopped there.
 */
public record VersionStats(int number, long runs, long completed, BigDecimal averageSeconds, Map<String, Long> outcomes,
                           List<StepStats> steps) implements Serializable {

    public record StepStats(String key, String title, long reached, long droppedOff) implements Serializable {

        /** Of the calls that reached the step, the share that stopped there (0–100). */
        public BigDecimal dropOffPercent() {
            return reached == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(droppedOff * 100).divide(BigDecimal.valueOf(reached), 1, java.math.RoundingMode.HALF_EVEN);
        }
    }

    public BigDecimal completionPercent() {
        return runs == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(completed * 100).divide(BigDecimal.valueOf(runs), 1, java.math.RoundingMode.HALF_EVEN);
    }
}
