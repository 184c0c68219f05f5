package it.cuffia.web.pay;

import it.cuffia.web.faces.ViewParameterGuard;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.outbound.application.CampaignService;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.pay.application.PayService;
import it.cuffia.pay.application.PlanData;
import it.cuffia.pay.domain.CommissionPlan;
import it.cuffia.pay.domain.CommissionRule;
import it.cuffia.pay.domain.PayUnit;
import it.cuffia.pay.domain.RuleKind;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.MonthParam;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** One plan version: its period and cap, its rules, and a new version from a later month. */
@Named
@ViewScoped
public class PlanView implements Serializable {

    @Inject private PayService pay;
    @Inject private CampaignService campaigns;
    @Inject private it.cuffia.web.faces.Formats formats;

    private Long id;
    private CommissionPlan plan;
    private String name;
    private Long campaignId;
    private String from;
    private String to;
    private BigDecimal cap;
    private String versionFrom;

    private Long ruleId;
    private RuleKind kind = RuleKind.PER_UNIT;
    private String ruleName;
    private PayUnit unit;
    private Kpi kpi;
    private String tiers;
    private BigDecimal fixedAmount;
    private BigDecimal percent;
    private BigDecimal target;
    private BigDecimal amount;
    private String guards;

    public void load() {
        plan = pay.plan(ViewParameterGuard.required(id, "plan"));
        name = plan.getName();
        campaignId = plan.getCampaign() == null ? null : plan.getCampaign().getId();
        from = YearMonth.from(plan.getValidFrom()).toString();
        to = plan.getValidTo() == null ? null : YearMonth.from(plan.getValidTo()).toString();
        cap = plan.getMonthlyCap();
    }

    public void save() {
        plan = pay.update(id, new PlanData(name, plan.getClient().getId(), campaignId, MonthParam.parse(from), MonthParam.parse(to), cap));
        Messages.info("saved");
        load();
    }

    public void newRule() {
        ruleId = null;
        kind = RuleKind.PER_UNIT;
        ruleName = null;
        unit = null;
        kpi = null;
        tiers = null;
        fixedAmount = null;
        percent = null;
        target = null;
        amount = null;
        guards = null;
    }

    public void editRule(CommissionRule rule) {
        CommissionRule.RuleData data = rule.data();
        ruleId = rule.getId();
        kind = data.kind();
        ruleName = data.name();
        unit = data.unit();
        kpi = data.kpi();
        tiers = data.tiers();
        fixedAmount = data.fixedAmount();
        percent = data.percent();
        target = data.target();
        amount = data.amount();
        guards = data.guards();
    }

    public void saveRule() {
        CommissionRule.RuleData data = new CommissionRule.RuleData(kind, ruleName, unit, kpi, tiers, fixedAmount, percent, target, amount, guards);
        plan = ruleId == null ? pay.addRule(id, data) : pay.changeRule(id, ruleId, data);
        Messages.info("pay.rule.saved", data.name());
        newRule();
    }

    public void removeRule(CommissionRule rule) {
        plan = pay.removeRule(id, rule.getId());
        Messages.info("deleted");
    }

    public String newVersion() {
        CommissionPlan next = pay.newVersion(id, MonthParam.parse(versionFrom));
        Messages.info("pay.plan.versioned", next.getFirstMonth());
        return "/admin/plan?faces-redirect=true&id=" + next.getId();
    }

    /** How a rule reads in the table, in the reader's language. */
    public String describe(CommissionRule rule) {
        return switch (rule.getKind()) {
            case PER_UNIT -> Messages.text("pay.unit." + rule.getUnit()) + " · " + rule.getTiers();
            case PER_SALE -> formats.rate(it.cuffia.pay.domain.Rate.perSale(rule.getFixedAmount(), rule.getPercent()));
            case KPI_BONUS -> Messages.text("kpi." + rule.getKpi()) + " " + symbol(rule.getKpi()) + " "
                    + formats.kpi(rule.getKpi(), rule.getTarget()) + " → " + formats.money(rule.getAmount());
            case GATE -> Messages.text("kpi." + rule.getKpi()) + " " + symbol(rule.getKpi()) + " "
                    + formats.kpi(rule.getKpi(), rule.getTarget()) + " · " + rule.getGuards();
        };
    }

    private static String symbol(Kpi kpi) {
        return kpi.direction() == it.cuffia.pay.domain.Direction.HIGHER_IS_BETTER ? "≥" : "≤";
    }

    public List<Campaign> getCampaignChoices() { return campaigns.ofClient(plan.getClient().getId()); }
    public RuleKind[] getKinds() { return RuleKind.values(); }
    public PayUnit[] getUnits() { return PayUnit.values(); }
    public Kpi[] getKpis() { return Kpi.values(); }
    public CommissionPlan getPlan() { return plan; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public BigDecimal getCap() { return cap; }
    public void setCap(BigDecimal cap) { this.cap = cap; }
    public String getVersionFrom() { return versionFrom; }
    public void setVersionFrom(String versionFrom) { this.versionFrom = versionFrom; }
    public Long getRuleId() { return ruleId; }
    public RuleKind getKind() { return kind; }
    public void setKind(RuleKind kind) { this.kind = kind; }
    public String getRuleName() { return ruleName; }
    public void setRuleName(String ruleName) { this.ruleName = ruleName; }
    public PayUnit getUnit() { return unit; }
    public void setUnit(PayUnit unit) { this.unit = unit; }
    public Kpi getKpi() { return kpi; }
    public void setKpi(Kpi kpi) { this.kpi = kpi; }
    public String getTiers() { return tiers; }
    public void setTiers(String tiers) { this.tiers = tiers; }
    public BigDecimal getFixedAmount() { return fixedAmount; }
    public void setFixedAmount(BigDecimal fixedAmount) { this.fixedAmount = fixedAmount; }
    public BigDecimal getPercent() { return percent; }
    public void setPercent(BigDecimal percent) { this.percent = percent; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getGuards() { return guards; }
    public void setGuards(String guards) { this.guards = guards; }
}
