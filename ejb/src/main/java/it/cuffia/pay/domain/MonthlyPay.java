package it.cuffia.pay.domain;

import it.cuffia.identity.domain.Contract;
import it.cuffia.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One agent's month before it is stored: a fixed line per contract covering the month (salary ×
 * days covered / days in the month), then each plan's lines. Totals are sums of rounded lines.
 */
public final class MonthlyPay {

    /** A line and the plan that produced it (none for the fixed part). */
    public record Line(Long planId, String planName, StatementLine line) {
    }

    private final List<Line> lines = new ArrayList<>();

    /**
     * A month is closed once it is over (Rome time): before that its calls, sales and days are not all in, and a
     * future month would pay whole salaries for days nobody worked, ready to approve and send to payroll.
     */
    public static void requireOver(YearMonth month, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        if (!month.isBefore(current)) {
            throw new DomainException("pay.monthClose.notOver", month);
        }
    }

    public MonthlyPay fixed(List<Contract> contracts, YearMonth month) {
        for (Contract contract : contracts) {
            long days = contract.daysCovered(month);
            if (days > 0) {
                lines.add(new Line(null, null, new StatementLine(StatementLine.Kind.FIXED, contract.getType().name(),
                        BigDecimal.valueOf(days), Rate.salary(contract.getMonthlySalary().amount(), days, month.lengthOfMonth()),
                        contract.fixedPayFor(month).amount(), null, null)));
            }
        }
        return this;
    }

    public MonthlyPay plan(Long planId, String planName, List<StatementLine> planLines) {
        planLines.forEach(line -> lines.add(new Line(planId, planName, line)));
        return this;
    }

    /** Earlier months' sales taken back and disputes' amounts granted in this one. */
    public MonthlyPay adjustments(List<PayAdjustment> adjustments) {
        adjustments.forEach(adjustment -> lines.add(new Line(null, null, adjustment.toLine())));
        return this;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public BigDecimal fixed() {
        return sum(Set.of(StatementLine.Kind.FIXED));
    }

    /** The month's own commissions: the plans' lines and the cap. */
    public BigDecimal variable() {
        return sum(Set.of(StatementLine.Kind.VARIABLE, StatementLine.Kind.CAP));
    }

    /** Earlier months' sales taken back (negative). */
    public BigDecimal clawback() {
        return sum(Set.of(StatementLine.Kind.CLAWBACK));
    }

    /** Accepted disputes' amounts. */
    public BigDecimal adjustment() {
        return sum(Set.of(StatementLine.Kind.ADJUSTMENT));
    }

    public BigDecimal total() {
        return fixed().add(variable()).add(clawback()).add(adjustment());
    }

    private BigDecimal sum(Set<StatementLine.Kind> kinds) {
        return lines.stream().filter(l -> kinds.contains(l.line().kind())).map(l -> l.line().amount())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
