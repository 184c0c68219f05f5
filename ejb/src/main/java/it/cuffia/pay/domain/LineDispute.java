package it.cuffia.pay.domain;

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
import java.time.Instant;

/**
 * An agent contests one line of a statement with a comment; a supervisor accepts it with an amount
 * and a reason (paid, or taken, as an adjustment in the agent's next open month: the statement itself
 * never changes once approved) or rejects it with a reason. One answer closes it.
 */
@Entity
@Table(name = "pay_dispute")
public class LineDispute extends AbstractEntity {

    public enum Status { OPEN, ACCEPTED, REJECTED }

    public static final int TEXT_MAX = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "statement_id")
    private PayStatement statement;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    /** The line as the agent read it (the rule's name), kept with the dispute. */
    @Column(name = "line_text", nullable = false, length = 160)
    private String lineText;
    @Column(name = "comment_text", nullable = false, length = TEXT_MAX)
    private String comment;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;
    @Column(length = TEXT_MAX)
    private String answer;
    @Column(name = "answered_by", length = 60)
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(precision = 12, scale = 2)
    private Money adjustment;

    protected LineDispute() {
    }

    public LineDispute(PayStatement statement, PayStatementLine line, String lineText, String comment, Instant at) {
        this.statement = statement;
        this.lineNo = line.getLineNo();
        this.lineText = lineText.length() > 160 ? lineText.substring(0, 160) : lineText;
        this.comment = required(comment, "pay.dispute.comment");
        this.raisedAt = at;
    }

    /** The supervisor agrees: {@code amount} (positive pays, negative takes) comes as an adjustment next open month. */
    public void accept(Money amount, String reason, String by, Instant at) {
        requireOpen();
        if (amount == null || amount.amount().signum() == 0) {
            throw new DomainException("pay.dispute.amount");
        }
        if (!amount.isStorable()) {
            throw new DomainException("money.tooLarge", Money.STORABLE_MAX.amount());
        }
        answer(Status.ACCEPTED, reason, by, at);
        this.adjustment = amount;
    }

    public void reject(String reason, String by, Instant at) {
        requireOpen();
        answer(Status.REJECTED, reason, by, at);
    }

    private void answer(Status outcome, String reason, String by, Instant at) {
        this.answer = required(reason, "pay.dispute.reason");
        this.status = outcome;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new DomainException("pay.dispute.answered", answeredBy);
        }
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainException(key);
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new DomainException("pay.dispute.tooLong", TEXT_MAX);
        }
        return text.strip();
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public PayStatement getStatement() { return statement; }
    public int getLineNo() { return lineNo; }
    public String getLineText() { return lineText; }
    public String getComment() { return comment; }
    public Instant getRaisedAt() { return raisedAt; }
    public Status getStatus() { return status; }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Money getAdjustment() { return adjustment; }
}
