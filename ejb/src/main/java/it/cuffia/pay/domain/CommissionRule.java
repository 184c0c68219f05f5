package it.cuffia.pay.domain;

import it.cuffia.kpi.domain.Kpi;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One rule of a plan, as the admin writes it. Tiers are written "1:10.00; 21:15.00" (from the
 * n-th unit on, each pays); gates name the rules they guard, separated by commas.
 */
@Entity
@Table(name = "commission_rule")
public class CommissionRule extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private CommissionPlan plan;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RuleKind kind;
    @Column(nullable = false, length = 80)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private PayUnit unit;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Kpi kpi;
    @Column(length = 400)
    private String tiers;
    @Column(name = "fixed_amount", precision = 12, scale = 2)
    private BigDecimal fixedAmount;
    @Column(precision = 7, scale = 4)
    private BigDecimal percent;
    @Column(precision = 16, scale = 4)
    private BigDecimal target;
    @Column(precision = 12, scale = 2)
    private BigDecimal amount;
    @Column(length = 400)
    private String guards;

    protected CommissionRule() {
    }

    CommissionRule(CommissionPlan plan, int lineNo, RuleData data) {
        this.plan = plan;
        this.lineNo = lineNo;
        change(data);
    }

    /** What the admin typed for a rule; checked by {@link #change}. */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern RATE = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

    public record RuleData(RuleKind kind, String name, PayUnit unit, Kpi kpi, String tiers, BigDecimal fixedAmount,
                           BigDecimal percent, BigDecimal target, BigDecimal amount, String guards) {
    }

    void change(RuleData data) {
        if (data.kind() == null || data.name() == null || data.name().isBlank()) {
            throw new DomainException("pay.rule.nameRequired");
        }
        switch (data.kind()) {
            case PER_UNIT -> {
                require(data.unit() != null, "pay.rule.unitRequired");
                parseTiers(data.tiers());
            }
            case PER_SALE -> {
                // a part left empty is none of it: a percentage alone, or a fixed amount alone
                BigDecimal fixed = orZero(data.fixedAmount());
                BigDecimal share = orZero(data.percent());
                require(fixed.signum() >= 0 && share.signum() >= 0 && (fixed.signum() > 0 || share.signum() > 0), "pay.rule.sale");
                Money.entered(fixed);
                if (share.compareTo(HUNDRED) > 0) {
                    throw new DomainException("pay.rule.percentMax", share.stripTrailingZeros().toPlainString());
                }
            }
            case KPI_BONUS -> {
                require(data.kpi() != null && nonNegative(data.target()) && nonNegative(data.amount()), "pay.rule.bonus");
                Money.entered(data.amount());
            }
            case GATE -> require(data.kpi() != null && nonNegative(data.target()) && !names(data.guards()).isEmpty(), "pay.rule.gate");
        }
        this.kind = data.kind();
        this.name = data.name().trim();
        this.unit = data.kind() == RuleKind.PER_UNIT ? data.unit() : null;
        this.tiers = data.kind() == RuleKind.PER_UNIT ? data.tiers().trim() : null;
        this.fixedAmount = data.kind() == RuleKind.PER_SALE ? orZero(data.fixedAmount()) : null;
        this.percent = data.kind() == RuleKind.PER_SALE ? orZero(data.percent()) : null;
        this.kpi = data.kind() == RuleKind.KPI_BONUS || data.kind() == RuleKind.GATE ? data.kpi() : null;
        this.target = this.kpi != null ? data.target() : null;
        this.amount = data.kind() == RuleKind.KPI_BONUS ? data.amount() : null;
        this.guards = data.kind() == RuleKind.GATE ? String.join(", ", names(data.guards())) : null;
    }

    public RuleData data() {
        return new RuleData(kind, name, unit, kpi, tiers, fixedAmount, percent, target, amount, guards);
    }

    /** "1:10; 21:15" → tiers; a clear message for anything else. */
    public static ProgressiveTiers parseTiers(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("pay.rule.tiersInvalid", "");
        }
        List<Tier> tiers = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] fromAndRate = part.trim().split(":");
            try {
                if (fromAndRate.length != 2) throw new NumberFormatException(part);
                tiers.add(new Tier(Integer.parseInt(fromAndRate[0].trim()), rate(fromAndRate[1].trim())));
            } catch (NumberFormatException e) {
                throw new DomainException("pay.rule.tiersInvalid", part.trim());
            }
        }
        return new ProgressiveTiers(tiers);
    }

    /**
     * A tier's rate in euro, with either decimal separator and at most two decimals. A thousands separator is refused,
     * not guessed: "1,000" is €1 in Italian and €1 000 in English, and a plan read the wrong way pays the wrong wages.
     */
    private static BigDecimal rate(String text) {
        if (!RATE.matcher(text).matches()) {
            throw new DomainException("pay.rule.tierRate", text);
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    public static Set<String> names(String guards) {
        if (guards == null) return Set.of();
        return Arrays.stream(guards.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static boolean nonNegative(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }

    private static void require(boolean condition, String key) {
        if (!condition) throw new DomainException(key);
    }

    CommissionRule copyFor(CommissionPlan other) {
        return new CommissionRule(other, lineNo, data());
    }

    void renumber(int lineNo) {
        this.lineNo = lineNo;
    }

    public CommissionPlan getPlan() { return plan; }
    public int getLineNo() { return lineNo; }
    public RuleKind getKind() { return kind; }
    public String getName() { return name; }
    public PayUnit getUnit() { return unit; }
    public Kpi getKpi() { return kpi; }
    public String getTiers() { return tiers; }
    public BigDecimal getFixedAmount() { return fixedAmount; }
    public BigDecimal getPercent() { return percent; }
    public BigDecimal getTarget() { return target; }
    public BigDecimal getAmount() { return amount; }
    public String getGuards() { return guards; }
}
