package it.cuffia.pay.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A commission plan version for a client (or one of its campaigns), valid for whole months from
 * {@code validFrom} to {@code validTo} (open-ended when empty), so every month has one version.
 * A new version starts in a later month and ends the previous one the month before.
 */
@Entity
@Table(name = "commission_plan")
public class CommissionPlan extends AbstractEntity {

    @Column(nullable = false, length = 120)
    private String name;
    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Client client;
    @ManyToOne
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "monthly_cap", precision = 12, scale = 2)
    private BigDecimal monthlyCap;
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<CommissionRule> rules = new ArrayList<>();

    protected CommissionPlan() {
    }

    public CommissionPlan(String name, Client client, Campaign campaign, YearMonth from, YearMonth to, BigDecimal monthlyCap) {
        this.client = client;
        change(name, campaign, from, to, monthlyCap);
    }

    public void change(String name, Campaign campaign, YearMonth from, YearMonth to, BigDecimal monthlyCap) {
        if (name == null || name.isBlank()) {
            throw new DomainException("pay.plan.nameRequired");
        }
        if (from == null || (to != null && to.isBefore(from))) {
            throw new DomainException("pay.plan.period");
        }
        if (campaign != null && !campaign.getClient().equals(client)) {
            throw new DomainException("pay.plan.campaignClient", campaign.getName());
        }
        if (monthlyCap != null && monthlyCap.signum() <= 0) {
            throw new DomainException("pay.plan.capPositive");
        }
        this.name = name.trim();
        this.campaign = campaign;
        this.validFrom = from.atDay(1);
        this.validTo = to == null ? null : to.atEndOfMonth();
        this.monthlyCap = monthlyCap;
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(YearMonth.from(validFrom)) && (validTo == null || !month.isAfter(YearMonth.from(validTo)));
    }

    /** Whether a result for this client and campaign counts under this plan. */
    public boolean coversWorkFor(Long clientId, Long campaignId) {
        return client.getId().equals(clientId) && (campaign == null || campaign.getId().equals(campaignId));
    }

    public boolean overlaps(CommissionPlan other) {
        boolean sameScope = client.equals(other.client) && (campaign == null ? other.campaign == null : campaign.equals(other.campaign));
        LocalDate end = validTo == null ? LocalDate.MAX : validTo;
        LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
        return sameScope && !other.validFrom.isAfter(end) && !validFrom.isAfter(otherEnd);
    }

    /** Ends this version before {@code from} and returns a copy of it, with the same rules, from then on. */
    public CommissionPlan newVersionFrom(YearMonth from) {
        if (!from.isAfter(YearMonth.from(validFrom))) {
            throw new DomainException("pay.plan.versionFrom", validFrom);
        }
        YearMonth oldEnd = validTo == null ? null : YearMonth.from(validTo);
        if (oldEnd != null && from.isAfter(oldEnd)) {
            throw new DomainException("pay.plan.versionFrom", validFrom);
        }
        CommissionPlan next = new CommissionPlan(name, client, campaign, from, oldEnd, monthlyCap);
        rules.forEach(rule -> next.rules.add(rule.copyFor(next)));
        this.validTo = from.minusMonths(1).atEndOfMonth();
        return next;
    }

    public CommissionRule addRule(CommissionRule.RuleData data) {
        requireUniqueName(data.name(), null);
        CommissionRule rule = new CommissionRule(this, rules.size() + 1, data);
        requireKnownGuards(rule);
        rules.add(rule);
        return rule;
    }

    public void changeRule(Long ruleId, CommissionRule.RuleData data) {
        CommissionRule rule = rule(ruleId);
        requireUniqueName(data.name(), rule);
        rule.change(data);
        requireKnownGuards(rule);
    }

    public void removeRule(Long ruleId) {
        CommissionRule rule = rule(ruleId);
        for (CommissionRule other : rules) {
            if (other.getKind() == RuleKind.GATE && CommissionRule.names(other.getGuards()).contains(rule.getName())) {
                throw new DomainException("pay.rule.guarded", rule.getName(), other.getName());
            }
        }
        rules.remove(rule);
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).renumber(i + 1);
        }
    }

    /** The rules as the pay engine applies them. */
    public CommissionRules toRules() {
        List<CommissionRules.PerUnit> perUnit = new ArrayList<>();
        List<CommissionRules.PerSale> perSale = new ArrayList<>();
        List<CommissionRules.KpiBonus> bonuses = new ArrayList<>();
        List<CommissionRules.Gate> gates = new ArrayList<>();
        for (CommissionRule rule : rules) {
            switch (rule.getKind()) {
                case PER_UNIT -> perUnit.add(new CommissionRules.PerUnit(rule.getName(), rule.getUnit().name(), CommissionRule.parseTiers(rule.getTiers())));
                case PER_SALE -> perSale.add(new CommissionRules.PerSale(rule.getName(), rule.getFixedAmount(), rule.getPercent()));
                case KPI_BONUS -> bonuses.add(new CommissionRules.KpiBonus(rule.getName(), rule.getKpi().name(), rule.getTarget(),
                        rule.getKpi().direction(), rule.getAmount()));
                case GATE -> gates.add(new CommissionRules.Gate(rule.getKpi().name(), rule.getTarget(), rule.getKpi().direction(),
                        Set.copyOf(CommissionRule.names(rule.getGuards()))));
            }
        }
        return new CommissionRules(perUnit, perSale, bonuses, gates, monthlyCap);
    }

    private void requireUniqueName(String name, CommissionRule except) {
        for (CommissionRule rule : rules) {
            if (rule != except && name != null && rule.getName().equalsIgnoreCase(name.trim())) {
                throw new DomainException("pay.rule.duplicate", name.trim());
            }
        }
    }

    private void requireKnownGuards(CommissionRule gate) {
        if (gate.getKind() != RuleKind.GATE) return;
        for (String guarded : CommissionRule.names(gate.getGuards())) {
            if (rules.stream().noneMatch(r -> r.getName().equals(guarded) && r.getKind() != RuleKind.GATE)) {
                throw new DomainException("pay.rule.guardUnknown", guarded);
            }
        }
    }

    private CommissionRule rule(Long ruleId) {
        return rules.stream().filter(r -> r.getId() != null && r.getId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new DomainException("pay.rule.unknown"));
    }

    public String getName() { return name; }
    public Client getClient() { return client; }
    public Campaign getCampaign() { return campaign; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public BigDecimal getMonthlyCap() { return monthlyCap; }
    /** Plans run in whole months: the screens show months, the table keeps first and last days. */
    public YearMonth getFirstMonth() { return YearMonth.from(validFrom); }
    public YearMonth getLastMonth() { return validTo == null ? null : YearMonth.from(validTo); }
    public List<CommissionRule> getRules() { return List.copyOf(rules); }
}
