package it.cuffia.kpi.domain;

import it.cuffia.pay.domain.Direction;

/**
 * The KPIs of DOMAIN.md, each with the way it is better and how its value is written:
 * percentages to 2 decimals, other ratios to 4, counts whole, revenue in euro.
 */
public enum Kpi {
    CALLS_HANDLED(Kind.COUNT, Direction.HIGHER_IS_BETTER),
    AHT(Kind.RATIO, Direction.LOWER_IS_BETTER),
    FCR(Kind.PERCENT, Direction.HIGHER_IS_BETTER),
    ESCALATION_RATE(Kind.PERCENT, Direction.LOWER_IS_BETTER),
    SLA_COMPLIANCE(Kind.PERCENT, Direction.HIGHER_IS_BETTER),
    REOPEN_RATE(Kind.PERCENT, Direction.LOWER_IS_BETTER),
    CSAT(Kind.RATIO, Direction.HIGHER_IS_BETTER),
    /** Net promoter score: % promoters (9-10) − % detractors (0-6), from −100 to 100, in points to 2 decimals. */
    NPS(Kind.RATIO, Direction.HIGHER_IS_BETTER),
    ATTEMPTS(Kind.COUNT, Direction.HIGHER_IS_BETTER),
    CONTACTS(Kind.COUNT, Direction.HIGHER_IS_BETTER),
    CONTACT_RATE(Kind.PERCENT, Direction.HIGHER_IS_BETTER),
    CONVERSION_RATE(Kind.PERCENT, Direction.HIGHER_IS_BETTER),
    APPOINTMENTS_PER_HOUR(Kind.RATIO, Direction.HIGHER_IS_BETTER),
    SHOW_RATE(Kind.PERCENT, Direction.HIGHER_IS_BETTER),
    REVENUE(Kind.MONEY, Direction.HIGHER_IS_BETTER),
    OCCUPANCY(Kind.PERCENT, Direction.HIGHER_IS_BETTER),
    /** The average score of the quality evaluations (issue 16 §1); no value when there is none. */
    QUALITY(Kind.PERCENT, Direction.HIGHER_IS_BETTER);

    /** How a value is scaled and shown. */
    public enum Kind {
        COUNT(0), RATIO(4), PERCENT(2), MONEY(2);

        private final int scale;

        Kind(int scale) {
            this.scale = scale;
        }

        public int scale() {
            return scale;
        }
    }

    private final Kind kind;
    private final Direction direction;

    Kpi(Kind kind, Direction direction) {
        this.kind = kind;
        this.direction = direction;
    }

    /** The KPI of this name, if the suite has one (a pay rule may name any KPI). */
    public static java.util.Optional<Kpi> find(String name) {
        for (Kpi kpi : values()) {
            if (kpi.name().equals(name)) {
                return java.util.Optional.of(kpi);
            }
        }
        return java.util.Optional.empty();
    }

    public Kind kind() {
        return kind;
    }

    public Direction direction() {
        return direction;
    }
}
