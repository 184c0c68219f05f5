package it.cuffia.kpi.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The summed counts of one agent, team, campaign or client over one day or month. */
@Entity
@Table(name = "kpi_result")
public class KpiResult extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 5)
    private PeriodKind periodKind;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, length = 10)
    private ScopeKind scopeKind;
    @Column(name = "scope_id", nullable = false)
    private Long scopeId;
    @Embedded
    private KpiCounters counters;
    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected KpiResult() {
    }

    public KpiResult(PeriodKind periodKind, LocalDate periodStart, ScopeKind scopeKind, Long scopeId, KpiCounters counters, Instant computedAt) {
        this.periodKind = periodKind;
        this.periodStart = periodStart;
        this.scopeKind = scopeKind;
        this.scopeId = scopeId;
        this.counters = counters;
        this.computedAt = computedAt;
    }

    public Optional<BigDecimal> value(Kpi kpi) {
        return counters.value(kpi);
    }

    public PeriodKind getPeriodKind() { return periodKind; }
    public LocalDate getPeriodStart() { return periodStart; }
    public ScopeKind getScopeKind() { return scopeKind; }
    public Long getScopeId() { return scopeId; }
    public KpiCounters getCounters() { return counters; }
    public Instant getComputedAt() { return computedAt; }
}
