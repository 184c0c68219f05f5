package it.cuffia.pay.domain;

import java.math.BigDecimal;

/** Which way a KPI is better: FCR higher, AHT lower. A target is met when the value is at least as good. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    public boolean meets(BigDecimal value, BigDecimal target) {
        int comparison = value.compareTo(target);
        return this == HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }
}
