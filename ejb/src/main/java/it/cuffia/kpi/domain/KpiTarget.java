package it.cuffia.kpi.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A KPI's target for a client, a campaign or a team, in the KPI's own unit (percent for
 * rates, seconds for AHT). Met when the value is at least as good in the KPI's direction.
 */
@Entity
@Table(name = "kpi_target")
public class KpiTarget extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kpi kpi;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, length = 10)
    private ScopeKind scopeKind;
    @Column(name = "scope_id", nullable = false)
    private Long scopeId;
    @Column(nullable = false, precision = 16, scale = 4)
    private BigDecimal target;

    protected KpiTarget() {
    }

    public KpiTarget(Kpi kpi, ScopeKind scopeKind, Long scopeId, BigDecimal target) {
        if (scopeKind == ScopeKind.AGENT) {
            throw new DomainException("kpi.target.scope");
        }
        this.kpi = kpi;
        this.scopeKind = scopeKind;
        this.scopeId = scopeId;
        changeTo(target);
    }

    public void changeTo(BigDecimal target) {
        if (target == null) {
            throw new DomainException("kpi.target.negative");
        }
        // the scales whose ends are not 0 and unbounded: CSAT is 1-5, NPS -100 to 100 (a negative NPS target is a real one)
        if (kpi == Kpi.CSAT && (target.compareTo(BigDecimal.ONE) < 0 || target.compareTo(BigDecimal.valueOf(5)) > 0)) {
            throw new DomainException("kpi.target.csat");
        }
        if (kpi == Kpi.NPS && target.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("kpi.target.nps");
        }
        if (kpi != Kpi.NPS && target.signum() < 0) {
            throw new DomainException("kpi.target.negative");
        }
        if (kpi.kind() == Kpi.Kind.PERCENT && target.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("kpi.target.percent");
        }
        this.target = target;
    }

    /** Met, missed, or unknown when the KPI has no value. */
    public Optional<Boolean> isMetBy(Optional<BigDecimal> value) {
        return value.map(v -> kpi.direction().meets(v, target));
    }

    public Kpi getKpi() { return kpi; }
    public ScopeKind getScopeKind() { return scopeKind; }
    public Long getScopeId() { return scopeId; }
    public BigDecimal getTarget() { return target; }
}
