package it.cuffia.shared.domain;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Italian national holidays (Jollyday), cached per year: they are asked for on every SLA tick. */
public final class ItalianHolidays {

    private static final HolidayManager MANAGER =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.ITALY));
    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private ItalianHolidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    /** The holiday's description key (Jollyday's English name), when the date is one. */
    public static Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    public static Map<LocalDate, String> of(int year) {
        return BY_YEAR.computeIfAbsent(year, y -> MANAGER.getHolidays(java.time.Year.of(y)).stream()
                .collect(Collectors.toMap(Holiday::getDate, Holiday::getPropertiesKey, (a, b) -> a)));
    }
}
