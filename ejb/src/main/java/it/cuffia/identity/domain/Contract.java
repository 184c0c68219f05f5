package it.cuffia.identity.domain;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * An agent's employment contract: full or part time, weekly hours, fixed monthly salary, valid
 * from a day to a day (open-ended when no end). The fixed part of pay is read from here.
 */
@Entity
@Table(name = "contract")
public class Contract extends AbstractEntity {

    /** Weekly hours of a full-time contract (CCNL Telecomunicazioni: 40). */
    public static final int FULL_TIME_HOURS = 40;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id")
    private Agent agent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContractType type;

    @Column(name = "weekly_hours", nullable = false)
    private int weeklyHours;

    @Column(name = "monthly_salary", nullable = false, precision = 12, scale = 2)
    private Money monthlySalary;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Contract() {
    }

    Contract(Agent agent, ContractTerms terms) {
        this.agent = agent;
        this.type = terms.type();
        this.weeklyHours = terms.weeklyHours();
        this.monthlySalary = terms.monthlySalary();
        this.validFrom = terms.validFrom();
        this.validTo = terms.validTo();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(ContractTerms other) {
        LocalDate otherEnd = other.validTo() == null ? LocalDate.MAX : other.validTo();
        LocalDate end = validTo == null ? LocalDate.MAX : validTo;
        return !other.validFrom().isAfter(end) && !validFrom.isAfter(otherEnd);
    }

    /** Calendar days of the month this contract covers. */
    public long daysCovered(YearMonth month) {
        LocalDate first = max(month.atDay(1), validFrom);
        LocalDate last = min(month.atEndOfMonth(), validTo == null ? LocalDate.MAX : validTo);
        return first.isAfter(last) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** Salary × days covered / days in the month, rounded once to the cent. */
    public Money fixedPayFor(YearMonth month) {
        BigDecimal share = BigDecimal.valueOf(daysCovered(month))
                .divide(BigDecimal.valueOf(month.lengthOfMonth()), 10, java.math.RoundingMode.HALF_EVEN);
        return monthlySalary.times(share);
    }

    /** Ends an open or later-ending contract on the given day (resignation, change of terms). */
    public void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new DomainException("contract.period.order", validFrom, lastDay);
        }
        this.validTo = lastDay;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    public Agent getAgent() { return agent; }
    public ContractType getType() { return type; }
    public int getWeeklyHours() { return weeklyHours; }
    public Money getMonthlySalary() { return monthlySalary; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
}
