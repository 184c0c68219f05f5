package it.cuffia.kpi.application;

import it.cuffia.kpi.domain.Kpi;
import java.io.Serializable;
import java.math.BigDecimal;

/** One KPI as a dashboard shows it: today, this period, the target and whether it is met (null: unknown). */
public record KpiRow(Kpi kpi, BigDecimal today, BigDecimal period, BigDecimal target, Boolean met) implements Serializable {
}
