package it.cuffia.kpi.application;

import it.cuffia.kpi.domain.Kpi;
import it.cuffia.kpi.domain.KpiCounters;
import it.cuffia.kpi.domain.ScopeKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** One agent's, team's, campaign's or client's KPIs of a period, with its name and targets. */
public record ScopeResult(ScopeKind scope, Long id, String name, KpiCounters counters, Map<Kpi, BigDecimal> targets) implements Serializable {

    public BigDecimal value(Kpi kpi) {
        return counters.value(kpi).orElse(null);
    }

    /** True met, false missed, null when there is no target or no value. */
    public Boolean met(Kpi kpi) {
        BigDecimal target = targets.get(kpi);
        BigDecimal value = value(kpi);
        return target == null || value == null ? null : kpi.direction().meets(value, target);
    }

    public String getName() {
        return name;
    }
}
