package it.cuffia.batch.kpi;

import it.cuffia.shared.domain.DomainException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The days a KPI run covers: a {@code month} (yyyy-MM), or {@code from} and {@code to} (yyyy-MM-dd). */
public record JobPeriod(LocalDate from, LocalDate to) {

    public static JobPeriod of(String month, String from, String to) {
        try {
            if (month != null && !month.isBlank()) {
                YearMonth ym = month(month.trim());
                return new JobPeriod(ym.atDay(1), ym.atEndOfMonth());
            }
            if (from == null || from.isBlank()) {
                throw new DomainException("batch.param.period");
            }
            LocalDate first = LocalDate.parse(from.trim());
            LocalDate last = to == null || to.isBlank() ? first : LocalDate.parse(to.trim());
            if (last.isBefore(first) || first.plusDays(400).isBefore(last)) {
                throw new DomainException("batch.param.period");
            }
            return new JobPeriod(first, last);
        } catch (DateTimeParseException e) {
            throw new DomainException("batch.param.date", e.getParsedString());
        }
    }

    /** A month as yyyy-mm; "2026-13" is refused as a month, not as a day. */
    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException("batch.param.month", text);
        }
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** First days of the months the period touches. */
    public List<LocalDate> months() {
        List<LocalDate> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m.atDay(1));
        }
        return months;
    }
}
