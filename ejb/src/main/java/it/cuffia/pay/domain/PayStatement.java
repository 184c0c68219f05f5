package it.cuffia.pay.domain;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * An agent's pay for one month: the fixed lines, then one line per rule of each plan, and the
 * totals as sums of the rounded lines. Recomputed while DRAFT; once approved it never changes.
 */
@Entity
@Table(name = "pay_statement")
public class PayStatement extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id")
    private AppUser agent;
    @Column(name = "pay_month", nullable = false)
    private LocalDate month;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StatementStatus status = StatementStatus.DRAFT;
    @Column(name = "fixed_pay", nullable = false, precision = 12, scale = 2)
    private Money fixedPay = Money.ZERO;
    @Column(name = "variable_pay", nullable = false, precision = 12, scale = 2)
    private Money variablePay = Money.ZERO;
    @Column(nullable = false, precision = 12, scale = 2)
    private Money total = Money.ZERO;
    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;
    @Column(name = "job_execution")
    private Long jobExecution;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by", length = 60)
    private String approvedBy;
    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<PayStatementLine> lines = new ArrayList<>();

    protected PayStatement() {
    }

    public PayStatement(AppUser agent, YearMonth month) {
        this.agent = agent;
        this.month = month.atDay(1);
    }

    /** Replaces the lines with a fresh computation; refused once approved. */
    public void recompute(MonthlyPay pay, Instant at, Long jobExecution) {
        if (status == StatementStatus.APPROVED) {
            throw new DomainException("pay.statement.approved", agent.getFullName(), YearMonth.from(month));
        }
        lines.clear();
        for (MonthlyPay.Line line : pay.lines()) {
            lines.add(new PayStatementLine(this, lines.size() + 1, line.planId(), line.planName(), line.line()));
        }
        this.fixedPay = Money.euro(pay.fixed());
        this.variablePay = Money.euro(pay.variable());
        this.total = Money.euro(pay.total());
        this.computedAt = at;
        this.jobExecution = jobExecution;
    }

    public void approve(String by, Instant at) {
        if (status == StatementStatus.APPROVED) {
            throw new DomainException("pay.statement.approved", agent.getFullName(), YearMonth.from(month));
        }
        this.status = StatementStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public boolean isApproved() {
        return status == StatementStatus.APPROVED;
    }

    public AppUser getAgent() { return agent; }
    public YearMonth getMonth() { return YearMonth.from(month); }
    public StatementStatus getStatus() { return status; }
    public Money getFixedPay() { return fixedPay; }
    public Money getVariablePay() { return variablePay; }
    public Money getTotal() { return total; }
    public Instant getComputedAt() { return computedAt; }
    public Long getJobExecution() { return jobExecution; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public List<PayStatementLine> getLines() { return List.copyOf(lines); }

    /** Earlier months' sales taken back in this statement (zero or negative): its own lines, not a stored column. */
    public Money getClawback() {
        return sumOf(StatementLine.Kind.CLAWBACK);
    }

    /** What accepted disputes granted (or took) in this statement. */
    public Money getAdjustment() {
        return sumOf(StatementLine.Kind.ADJUSTMENT);
    }

    private Money sumOf(StatementLine.Kind kind) {
        return lines.stream().filter(l -> l.getKind() == kind).map(PayStatementLine::getAmount)
                .reduce(Money.euro(java.math.BigDecimal.ZERO.setScale(2)), Money::plus);
    }

    public PayStatementLine line(int lineNo) {
        return lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst()
                .orElseThrow(() -> new DomainException("pay.dispute.line", lineNo));
    }
}
