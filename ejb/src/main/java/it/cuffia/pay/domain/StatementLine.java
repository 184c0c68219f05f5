package it.cuffia.pay.domain;

import java.math.BigDecimal;

/**
 * One line of a pay statement: what it pays for, the quantity or KPI value behind it, the rate,
 * the amount (rounded half-even to the cent) and, when a gate, a missed target or the cap changed
 * it, why: a message key ({@code pay.note.*}) with its argument, shown in the reader's language. The
 * argument of a gate or cap note is an encoded {@link Rate}, so the reader sees its numbers in their own format.
 */
public record StatementLine(Kind kind, String rule, BigDecimal quantity, Rate rate, BigDecimal amount, String note, String noteArg) {

    /**
     * FIXED: the contract's salary; VARIABLE and CAP: the month's commissions; CLAWBACK: an earlier month's sale
     * taken back; ADJUSTMENT: what a supervisor granted answering a dispute.
     */
    public enum Kind { FIXED, VARIABLE, CAP, CLAWBACK, ADJUSTMENT }

    /** The note of a line whose argument is a person's own words (a cancellation's reason), shown as written. */
    public static final String REASON_NOTE = "pay.note.reason";

    /** The note of a per-sale line when some of the month's sales paid nothing: see {@link SalesOfMonth#encode()}. */
    public static final String SALES_NOTE = "pay.note.sales";

    public static StatementLine variable(String rule, BigDecimal quantity, Rate rate, BigDecimal amount) {
        return new StatementLine(Kind.VARIABLE, rule, quantity, rate, amount, null, null);
    }

    public StatementLine withNote(String note, String noteArg) {
        return new StatementLine(kind, rule, quantity, rate, amount, note, noteArg);
    }
}
