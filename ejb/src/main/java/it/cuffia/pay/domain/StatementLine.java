package it.cuffia.pay.domain;

import java.math.BigDecimal;

/**
 * One line of a pay statement: what it pays for, the quantity or KPI value behind it, the rate,
 * the amount (rounded half-even to the cent) and, when a gate or the cap changed it, why.
 */
public record StatementLine(String rule, BigDecimal quantity, String rate, BigDecimal amount, String note) {
}
