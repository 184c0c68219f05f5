package it.cuffia.web.kpi;

import it.cuffia.kpi.application.KpiService;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.kpi.domain.KpiTarget;
import it.cuffia.kpi.domain.ScopeKind;
import it.cuffia.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** KPI targets per client, campaign or team. */
@Named
@ViewScoped
public class KpiTargetsView implements Serializable {

    @Inject private KpiService kpis;

    private Kpi kpi = Kpi.FCR;
    private ScopeKind scope = ScopeKind.CLIENT;
    private Long scopeId;
    private BigDecimal target;

    public void save() {
        KpiTarget saved = kpis.setTarget(kpi, scope, scopeId, target);
        Messages.info("kpi.target.saved", Messages.text("kpi." + saved.getKpi()));
        target = null;
    }

    public void remove(KpiTarget target) {
        kpis.removeTarget(target.getId());
        Messages.info("deleted");
    }

    public String scopeName(KpiTarget target) {
        return kpis.names(target.getScopeKind()).getOrDefault(target.getScopeId(), "#" + target.getScopeId());
    }

    public List<Map.Entry<Long, String>> getScopeChoices() {
        return kpis.names(scope).entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<KpiTarget> getTargets() {
        return kpis.targets().stream().sorted(Comparator.comparing((KpiTarget t) -> t.getScopeKind()).thenComparing(t -> t.getKpi())).toList();
    }

    public Kpi[] getKpis() { return Kpi.values(); }
    public ScopeKind[] getScopes() { return new ScopeKind[] {ScopeKind.CLIENT, ScopeKind.CAMPAIGN, ScopeKind.TEAM}; }
    public Kpi getKpi() { return kpi; }
    public void setKpi(Kpi kpi) { this.kpi = kpi; }
    public ScopeKind getScope() { return scope; }
    public void setScope(ScopeKind scope) { this.scope = scope; }
    public Long getScopeId() { return scopeId; }
    public void setScopeId(Long scopeId) { this.scopeId = scopeId; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
}
