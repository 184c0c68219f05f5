package it.cuffia.pay.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rate of a statement line as numbers, not as text: the view writes it in the reader's language
 * ("1.450,00 € × 30/30", "≥ 75,00 %"), the statement stores it in a locale-free form
 * ({@link #encode()}: {@code KIND|kpi|n;n;n}, plain numbers with a dot). Statements stored before
 * rates had this form keep their text ({@link Kind#TEXT}) and are shown as written.
 */
public record Rate(Kind kind, String kpi, List<BigDecimal> values, String text) {

    public enum Kind {
        /** Monthly salary, days covered, days in the month. */
        SALARY,
        /** From unit, euro per unit, for each tier. */
        TIERS,
        /** Euro per sale, percentage of the sale's value. */
        PER_SALE,
        /** The KPI must reach at least the value. */
        AT_LEAST,
        /** The KPI must stay at most the value. */
        AT_MOST,
        /** The monthly cap in euro. */
        CAP,
        /** A rate stored as text by an older version. */
        TEXT
    }

    public Rate {
        Objects.requireNonNull(kind, "kind");
        values = values == null ? List.of() : values.stream().map(Rate::plain).toList();
    }

    public static Rate salary(BigDecimal monthly, long daysCovered, int daysInMonth) {
        return new Rate(Kind.SALARY, null, List.of(monthly, BigDecimal.valueOf(daysCovered), BigDecimal.valueOf(daysInMonth)), null);
    }

    public static Rate tiers(ProgressiveTiers tiers) {
        List<BigDecimal> values = new ArrayList<>();
        for (Tier tier : tiers.tiers()) {
            values.add(BigDecimal.valueOf(tier.fromUnit()));
            values.add(tier.rate());
        }
        return new Rate(Kind.TIERS, null, values, null);
    }

    public static Rate perSale(BigDecimal fixed, BigDecimal percent) {
        return new Rate(Kind.PER_SALE, null, List.of(fixed, percent), null);
    }

    /** "KPI ≥ target" or "KPI ≤ target", as the direction says. */
    public static Rate target(String kpi, Direction direction, BigDecimal target) {
        return new Rate(direction == Direction.HIGHER_IS_BETTER ? Kind.AT_LEAST : Kind.AT_MOST, kpi, List.of(target), null);
    }

    /** A target the month missed, with the month's value beside it: "Qualità ≥ 80 % (the month: 75 %)". */
    public static Rate missedTarget(String kpi, Direction direction, BigDecimal target, BigDecimal monthValue) {
        return new Rate(direction == Direction.HIGHER_IS_BETTER ? Kind.AT_LEAST : Kind.AT_MOST, kpi, List.of(target, monthValue), null);
    }

    /** The month's value of a missed target, when the rate carries it. */
    public java.util.Optional<BigDecimal> monthValue() {
        return (kind == Kind.AT_LEAST || kind == Kind.AT_MOST) && values.size() > 1 ? java.util.Optional.of(values.get(1)) : java.util.Optional.empty();
    }

    public static Rate cap(BigDecimal cap) {
        return new Rate(Kind.CAP, null, List.of(cap), null);
    }

    /** Reads {@link #encode()}; any other text (a rate stored by an older version) is kept as it is. */
    public static Rate parse(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        String[] parts = stored.split("\\|", -1);
        if (parts.length == 3) {
            for (Kind kind : Kind.values()) {
                if (kind != Kind.TEXT && kind.name().equals(parts[0])) {
                    List<BigDecimal> values = new ArrayList<>();
                    for (String value : parts[2].isEmpty() ? new String[0] : parts[2].split(";")) {
                        values.add(new BigDecimal(value));
                    }
                    return new Rate(kind, parts[1].isEmpty() ? null : parts[1], values, null);
                }
            }
        }
        return new Rate(Kind.TEXT, null, List.of(), stored);
    }

    public String encode() {
        if (kind == Kind.TEXT) {
            return text;
        }
        StringBuilder encoded = new StringBuilder(kind.name()).append('|').append(kpi == null ? "" : kpi).append('|');
        for (int i = 0; i < values.size(); i++) {
            encoded.append(i == 0 ? "" : ";").append(values.get(i).toPlainString());
        }
        return encoded.toString();
    }

    /** "≥" or "≤" for a target, "" otherwise. */
    public String comparison() {
        return kind == Kind.AT_LEAST ? "≥" : kind == Kind.AT_MOST ? "≤" : "";
    }

    public BigDecimal value(int index) {
        return values.get(index);
    }

    /** 70.0000 → 70, 2.5000 → 2.5: numbers as the admin wrote them. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
