package it.cuffia.pay.domain;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An amount that belongs to another month's facts but is paid (or taken back) in {@link #getMonth()}:
 * approved statements never change, so a sale cancelled after its month was approved comes back here.
 */
@Entity
@Table(name = "pay_adjustment")
public class PayAdjustment extends AbstractEntity {

    /** CLAWBACK: a cancelled sale's commission taken back; ADJUSTMENT: an accepted dispute's amount. */
    public enum Kind { CLAWBACK, ADJUSTMENT }

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id")
    private AppUser agent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;
    @Column(name = "pay_month", nullable = false)
    private LocalDate month;
    @Column(nullable = false, precision = 12, scale = 2)
    private Money amount;
    @Column(nullable = false, length = 300)
    private String reason;
    @Column(name = "sale_id")
    private Long saleId;
    /** The month that paid the sale, or the month of the disputed statement. */
    @Column(name = "paid_month")
    private LocalDate paidMonth;
    @Column(name = "dispute_id")
    private Long disputeId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    protected PayAdjustment() {
    }

    private PayAdjustment(AppUser agent, Kind kind, YearMonth month, BigDecimal amount, String reason, YearMonth paidMonth, String by,
                          Instant at) {
        this.agent = agent;
        this.kind = kind;
        this.month = month.atDay(1);
        this.amount = Money.euro(amount.setScale(2, RoundingMode.HALF_EVEN));
        this.reason = reason.length() > 300 ? reason.substring(0, 300) : reason;
        this.paidMonth = paidMonth.atDay(1);
        this.createdAt = at;
        this.createdBy = by;
    }

    /** Takes back {@code earned} (what the sale paid in {@code paidMonth}) in the statement of {@code month}. */
    public static PayAdjustment clawback(AppUser agent, YearMonth month, BigDecimal earned, Long saleId, YearMonth paidMonth,
                                         String reason, String by, Instant at) {
        PayAdjustment adjustment = new PayAdjustment(agent, Kind.CLAWBACK, month, earned.negate(), reason, paidMonth, by, at);
        adjustment.saleId = saleId;
        return adjustment;
    }

    /** The amount a supervisor granted (or took) answering a dispute of {@code disputedMonth}'s statement. */
    public static PayAdjustment forDispute(AppUser agent, YearMonth month, Money amount, Long disputeId, YearMonth disputedMonth,
                                           String reason, String by, Instant at) {
        PayAdjustment adjustment = new PayAdjustment(agent, Kind.ADJUSTMENT, month, amount.amount(), reason, disputedMonth, by, at);
        adjustment.disputeId = disputeId;
        return adjustment;
    }

    /**
     * The statement line: the rule names the sale (or the dispute) and its month, the note the reason given.
     * The rule is "sale|42|2026-10" or "dispute|7|2026-10", read back by {@link #referenceOf} and {@link #paidMonthOf}.
     */
    public StatementLine toLine() {
        boolean clawback = kind == Kind.CLAWBACK;
        String rule = (clawback ? "sale|" + saleId : "dispute|" + disputeId) + "|" + YearMonth.from(paidMonth);
        return new StatementLine(clawback ? StatementLine.Kind.CLAWBACK : StatementLine.Kind.ADJUSTMENT, rule, null, null,
                amount.amount(), StatementLine.REASON_NOTE, reason);
    }

    /** The sale's or the dispute's number in a line's rule. */
    public static Long referenceOf(String rule) {
        return Long.valueOf(rule.split("\\|")[1]);
    }

    public static YearMonth paidMonthOf(String rule) {
        return YearMonth.parse(rule.split("\\|")[2]);
    }

    public AppUser getAgent() { return agent; }
    public Kind getKind() { return kind; }
    public YearMonth getMonth() { return YearMonth.from(month); }
    public Money getAmount() { return amount; }
    public String getReason() { return reason; }
    public Long getSaleId() { return saleId; }
    public Long getDisputeId() { return disputeId; }
    public YearMonth getPaidMonth() { return paidMonth == null ? null : YearMonth.from(paidMonth); }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
