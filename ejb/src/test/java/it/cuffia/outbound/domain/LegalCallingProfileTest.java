package it.cuffia.outbound.domain;

import static it.cuffia.outbound.domain.LegalCallingProfile.SURVEY_WIDE;
import static it.cuffia.outbound.domain.LegalCallingProfile.TELEMARKETING_CODE_2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegalCallingProfileTest {

    private static Optional<TimeWindow> telemarketing(int month, int day) {
        return TELEMARKETING_CODE_2024.windowOn(LocalDate.of(2026, month, day));
    }

    private static Optional<TimeWindow> survey(int month, int day) {
        return SURVEY_WIDE.windowOn(LocalDate.of(2026, month, day));
    }

    @Test
    void telemarketingIsTheDefault() {
        assertEquals(TELEMARKETING_CODE_2024, LegalCallingProfile.DEFAULT);
    }

    @Test
    void telemarketingOnAnOrdinaryWeekdayIsNineToEight() {
        assertEquals(Optional.of(TimeWindow.of(9, 20)), telemarketing(6, 10)); // Wednesday
        assertEquals(Optional.of(TimeWindow.of(9, 20)), telemarketing(11, 27)); // Friday
    }

    @Test
    void telemarketingOnSaturdayIsTenToSeven() {
        assertEquals(Optional.of(TimeWindow.of(10, 19)), telemarketing(6, 13));
    }

    @Test
    void telemarketingNeverOnSundays() {
        assertEquals(Optional.empty(), telemarketing(6, 14));
    }

    @Test
    void telemarketingNeverOnNationalHolidays() {
        assertEquals(Optional.empty(), telemarketing(6, 2), "Festa della Repubblica, a Tuesday");
        assertEquals(Optional.empty(), telemarketing(12, 25), "Christmas, a Friday");
        assertEquals(Optional.empty(), telemarketing(4, 6), "Easter Monday");
    }

    @Test
    void telemarketingOnTheDayBeforeAHolidayIsTenToSeven() {
        assertEquals(Optional.of(TimeWindow.of(10, 19)), telemarketing(6, 1), "Monday before 2 June");
        assertEquals(Optional.of(TimeWindow.of(10, 19)), telemarketing(12, 24), "Christmas Eve, a Thursday");
        assertEquals(Optional.of(TimeWindow.of(10, 19)), telemarketing(8, 14), "a Friday before Ferragosto");
        assertEquals(Optional.of(TimeWindow.of(10, 19)), telemarketing(12, 31), "the holiday is in the next year");
    }

    @Test
    void santoStefanoIsAHolidayThoughItFollowsOne() {
        // 26 Dec (Santo Stefano) is a holiday even though it is the day after one: never
        assertEquals(Optional.empty(), telemarketing(12, 26));
    }

    @Test
    void surveysMondayToSaturdayNineToNine() {
        assertEquals(Optional.of(TimeWindow.of(9, 21)), survey(6, 10));
        assertEquals(Optional.of(TimeWindow.of(9, 21)), survey(6, 13), "Saturday");
        assertEquals(Optional.of(TimeWindow.of(9, 21)), survey(6, 1), "no eve rule for surveys");
        assertEquals(Optional.empty(), survey(6, 14), "Sunday");
        assertEquals(Optional.empty(), survey(6, 2), "national holiday");
    }

    @Test
    void windowContainsItsStartButNotItsEnd() {
        TimeWindow window = TimeWindow.of(9, 20);
        assertTrue(window.contains(LocalTime.of(9, 0)));
        assertTrue(window.contains(LocalTime.of(19, 59, 59)));
        assertFalse(window.contains(LocalTime.of(20, 0)));
        assertFalse(window.contains(LocalTime.of(8, 59)));
    }

    @Test
    void windowsIntersect() {
        assertEquals(Optional.of(TimeWindow.of(10, 13)), TimeWindow.of(9, 13).intersect(TimeWindow.of(10, 19)));
        assertEquals(Optional.of(TimeWindow.of(10, 13)), TimeWindow.of(10, 19).intersect(TimeWindow.of(9, 13)));
        assertEquals(Optional.of(TimeWindow.of(10, 12)), TimeWindow.of(9, 20).intersect(TimeWindow.of(10, 12)));
        assertEquals(Optional.empty(), TimeWindow.of(9, 10).intersect(TimeWindow.of(10, 19)), "only touching");
        assertEquals(Optional.empty(), TimeWindow.of(19, 21).intersect(TimeWindow.of(9, 13)));
    }

    @Test
    void anEmptyOrReversedWindowIsRefused() {
        DomainException reversed = assertThrows(DomainException.class, () -> TimeWindow.of(18, 9));
        assertEquals("calling.window.invalid", reversed.getMessageKey());
        DomainException empty = assertThrows(DomainException.class, () -> TimeWindow.of(9, 9));
        assertEquals("calling.window.invalid", empty.getMessageKey());
    }
}
