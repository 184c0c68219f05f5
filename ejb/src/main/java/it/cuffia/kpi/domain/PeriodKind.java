package it.cuffia.kpi.domain;

import java.time.LocalDate;

/** A KPI result covers one day or one calendar month (Europe/Rome). */
public enum PeriodKind {
    DAY, MONTH;

    /** The first day of the period containing {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return this == DAY ? day : day.withDayOfMonth(1);
    }

    /** The last day of the period starting at {@code start}. */
    public LocalDate endOf(LocalDate start) {
        return this == DAY ? start : start.withDayOfMonth(start.lengthOfMonth());
    }
}
