package it.cuffia.pay.domain;

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

/** A stored statement line: the plan and rule behind it, quantity or KPI value, rate, amount and why. */
@Entity
@Table(name = "pay_statement_line")
public class PayStatementLine extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "statement_id")
    private PayStatement statement;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StatementLine.Kind kind;
    /** The plan that produced the line (none for the fixed pay): an approved statement locks it. */
    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "plan_name", length = 120)
    private String planName;
    @Column(nullable = false, length = 120)
    private String rule;
    @Column(precision = 16, scale = 4)
    private BigDecimal quantity;
    @Column(length = 200)
    private String rate;
    @Column(nullable = false, precision = 12, scale = 2)
    private Money amount;
    @Column(length = 300)
    private String note;

    protected PayStatementLine() {
    }

    PayStatementLine(PayStatement statement, int lineNo, Long planId, String planName, StatementLine line) {
        this.statement = statement;
        this.lineNo = lineNo;
        this.planId = planId;
        this.kind = line.kind();
        this.planName = planName;
        this.rule = line.rule();
        this.quantity = line.quantity();
        this.rate = line.rate() == null ? null : line.rate().encode();
        this.amount = Money.euro(line.amount());
        this.note = line.note() == null ? null : line.noteArg() == null ? line.note() : line.note() + "|" + line.noteArg();
    }

    /** The note's message key ({@code pay.note.*}), or null. */
    public String getNoteKey() {
        return note == null ? null : note.split("\\|", 2)[0];
    }

    public String getNoteArg() {
        return note == null || !note.contains("|") ? "" : note.split("\\|", 2)[1];
    }

    public int getLineNo() { return lineNo; }
    public StatementLine.Kind getKind() { return kind; }
    public Long getPlanId() { return planId; }
    public String getPlanName() { return planName; }
    public String getRule() { return rule; }
    public BigDecimal getQuantity() { return quantity; }
    /** The rate as numbers, for the reader's format; null when the line has none. */
    public Rate getRate() { return Rate.parse(rate); }
    public Money getAmount() { return amount; }
}
