package it.cuffia.pay.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variable pay rules of a plan, applied to one agent's month (DOMAIN.md, Pay, exact rules):
 * per-unit lines with progressive tiers, per-sale lines (fixed + percentage), KPI bonuses paid only
 * when the target is met, gates that zero the lines they guard when their KPI misses its
 * threshold, and a monthly cap brought in by one negative line. Each line is rounded half-even to
 * the cent; totals are sums of rounded lines.
 */
public final class CommissionRules {

    /** The rules of no plan: an agent without a plan earns no variable pay. */
    public static final CommissionRules NONE = new CommissionRules(List.of(), List.of(), List.of(), List.of(), null);

    /** Per unit of a counted result (e.g. appointments held), with tiers. */
    public record PerUnit(String name, String unit, ProgressiveTiers tiers) {
    }

    /** Per sale: a fixed amount plus a percentage of its value (sales without consent are never given here). */
    public record PerSale(String name, BigDecimal fixed, BigDecimal percent) {
    }

    /** A bonus when a KPI meets its target in its direction; no partial bonus. */
    public record KpiBonus(String name, String kpi, BigDecimal target, Direction direction, BigDecimal amount) {
    }

    /** When the KPI misses the threshold, the named lines pay 0 and say why. */
    public record Gate(String kpi, BigDecimal threshold, Direction direction, Set<String> guards) {
    }

    /** What the month produced for the agent: counted units, the amounts of counting sales, KPI values (absent = no value). */
    public record Month(Map<String, Long> units, List<BigDecimal> sales, Map<String, Optional<BigDecimal>> kpis) {
    }

    private final List<PerUnit> perUnit;
    private final List<PerSale> perSale;
    private final List<KpiBonus> bonuses;
    private final List<Gate> gates;
    private final BigDecimal cap;

    public CommissionRules(List<PerUnit> perUnit, List<PerSale> perSale, List<KpiBonus> bonuses, List<Gate> gates, BigDecimal cap) {
        this.perUnit = List.copyOf(perUnit);
        this.perSale = List.copyOf(perSale);
        this.bonuses = List.copyOf(bonuses);
        this.gates = List.copyOf(gates);
        this.cap = cap;
    }

    public List<StatementLine> apply(Month month) {
        List<StatementLine> lines = new ArrayList<>();
        for (PerUnit rule : perUnit) {
            long units = month.units().getOrDefault(rule.unit(), 0L);
            lines.add(gated(rule.name(), BigDecimal.valueOf(units), Rate.tiers(rule.tiers()), rule.tiers().amountFor(units), month));
        }
        for (PerSale rule : perSale) {
            BigDecimal amount = BigDecimal.ZERO;
            for (BigDecimal sale : month.sales()) {
                amount = amount.add(rule.fixed()).add(sale.multiply(rule.percent()).movePointLeft(2));
            }
            lines.add(gated(rule.name(), BigDecimal.valueOf(month.sales().size()), Rate.perSale(rule.fixed(), rule.percent()), amount, month));
        }
        for (KpiBonus rule : bonuses) {
            Optional<BigDecimal> value = month.kpis().getOrDefault(rule.kpi(), Optional.empty());
            boolean met = value.isPresent() && rule.direction().meets(value.get(), rule.target());
            StatementLine line = gated(rule.name(), value.orElse(null), Rate.target(rule.kpi(), rule.direction(), rule.target()),
                    met ? rule.amount() : BigDecimal.ZERO, month);
            lines.add(met || line.note() != null ? line : line.withNote(value.isEmpty() ? "pay.note.noValue" : "pay.note.targetMissed", rule.kpi()));
        }
        BigDecimal variable = lines.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (cap != null && variable.compareTo(cap) > 0) {
            lines.add(new StatementLine(StatementLine.Kind.CAP, "cap", null, Rate.cap(cap), cap.subtract(variable), "pay.note.cap", Rate.cap(cap).encode()));
        }
        return lines;
    }

    /** A gate missed because its KPI has no value this month. */
    public static final String NOTE_GATE_NO_VALUE = "pay.note.gate.noValue";

    private StatementLine gated(String name, BigDecimal quantity, Rate rate, BigDecimal amount, Month month) {
        for (Gate gate : gates) {
            if (gate.guards().contains(name)) {
                Optional<BigDecimal> value = month.kpis().getOrDefault(gate.kpi(), Optional.empty());
                if (value.isEmpty() || !gate.direction().meets(value.get(), gate.threshold())) {
                    Rate missed = value.map(v -> Rate.missedTarget(gate.kpi(), gate.direction(), gate.threshold(), v))
                            .orElse(Rate.target(gate.kpi(), gate.direction(), gate.threshold()));
                    // a KPI without a value this month (no evaluation: QUALITY "—") does not meet the gate; the note says
                    // "the month's value —" so the agent sees why rather than a number
                    return StatementLine.variable(name, quantity, rate, BigDecimal.ZERO.setScale(2))
                            .withNote(value.isEmpty() ? NOTE_GATE_NO_VALUE : "pay.note.gate", missed.encode());
                }
            }
        }
        return StatementLine.variable(name, quantity, rate, amount.setScale(2, RoundingMode.HALF_EVEN));
    }
}
