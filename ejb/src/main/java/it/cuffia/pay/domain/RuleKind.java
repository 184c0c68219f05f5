package it.cuffia.pay.domain;

/** The kinds of rule a commission plan holds (DOMAIN.md, Pay). */
public enum RuleKind {
    PER_UNIT, PER_SALE, KPI_BONUS, GATE
}
