package it.cuffia.shared.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/** An amount in euro, always rounded half-even to the cent. */
public final class Money implements Comparable<Money>, Serializable {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final int CENTS = 2;

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(CENTS, RoundingMode.HALF_EVEN);
    }

    public static Money euro(BigDecimal amount) {
        return new Money(Objects.requireNonNull(amount, "amount"));
    }

    /**
     * An amount somebody entered (a form, an API body): refused, not rounded, when it has fractions of a cent, so that
     * a sale of 0.001 is not stored as a sale of 0,00 €.
     */
    public static Money entered(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > CENTS) {
            throw new DomainException("money.cents", amount.toPlainString());
        }
        return euro(amount);
    }

    public static Money euro(String amount) {
        return euro(new BigDecimal(amount));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Multiplies, then rounds once: the rule for prorating and percentages. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    /** The largest amount the database's money columns (numeric(12, 2)) hold. */
    public static final Money STORABLE_MAX = new Money(new BigDecimal("9999999999.99"));

    /** Whether the amount fits the money columns; larger ones are refused where they enter. */
    public boolean isStorable() {
        return amount.abs().compareTo(STORABLE_MAX.amount) <= 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    @Override
    public String toString() {
        return "€ " + amount.toPlainString();
    }
}
