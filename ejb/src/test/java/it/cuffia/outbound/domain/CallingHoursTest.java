package it.cuffia.outbound.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Zones;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallingHoursTest {

    private static final ZoneId ROME = Zones.ROME;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant rome(int month, int day, int hour, int minute) {
        return at(ROME, month, day, hour, minute).toInstant();
    }

    private static ZonedDateTime at(ZoneId zone, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, zone);
    }

    private static CallingWindow window(DayOfWeek day, int fromHour, int toHour) {
        return new CallingWindow(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0));
    }

    /** The same interval on each of the given days. */
    private static List<CallingWindow> every(int fromHour, int toHour, DayOfWeek... days) {
        List<CallingWindow> windows = new ArrayList<>();
        for (DayOfWeek day : days) {
            windows.add(window(day, fromHour, toHour));
        }
        return windows;
    }

    /** A campaign that would call all day, every day: only the law limits it. */
    private static CallingHours lawOnly(LegalCallingProfile profile) {
        return new CallingHours(every(0, 23, DayOfWeek.values()), profile);
    }

    private static final CallingHours TELEMARKETING = lawOnly(LegalCallingProfile.TELEMARKETING_CODE_2024);

    @Test
    void weekdayInsideAndOutsideTheLegalHours() {
        // Wednesday 10 June 2026
        assertFalse(TELEMARKETING.allows(rome(6, 10, 8, 59), ROME));
        assertTrue(TELEMARKETING.allows(rome(6, 10, 9, 0), ROME));
        assertTrue(TELEMARKETING.allows(rome(6, 10, 19, 59), ROME));
        assertFalse(TELEMARKETING.allows(rome(6, 10, 20, 0), ROME));
    }

    @Test
    void saturdayTenToSeven() {
        assertFalse(TELEMARKETING.allows(rome(6, 13, 9, 30), ROME));
        assertTrue(TELEMARKETING.allows(rome(6, 13, 10, 0), ROME));
        assertTrue(TELEMARKETING.allows(rome(6, 13, 18, 59), ROME));
        assertFalse(TELEMARKETING.allows(rome(6, 13, 19, 0), ROME));
    }

    @Test
    void neverOnSunday() {
        assertFalse(TELEMARKETING.allows(rome(6, 14, 11, 0), ROME));
        assertEquals(List.of(), TELEMARKETING.windowsOn(LocalDate.of(2026, 6, 14)));
    }

    @Test
    void neverOnANationalHoliday() {
        assertFalse(TELEMARKETING.allows(rome(6, 2, 11, 0), ROME), "Festa della Repubblica");
        assertFalse(TELEMARKETING.allows(rome(12, 25, 11, 0), ROME), "Christmas");
        assertEquals(List.of(), TELEMARKETING.windowsOn(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void theDayBeforeAHolidayIsTenToSeven() {
        // Monday 1 June, before Festa della Repubblica
        assertFalse(TELEMARKETING.allows(rome(6, 1, 9, 30), ROME));
        assertTrue(TELEMARKETING.allows(rome(6, 1, 10, 0), ROME));
        assertFalse(TELEMARKETING.allows(rome(6, 1, 19, 30), ROME));
        // Christmas Eve, a Thursday
        assertEquals(List.of(TimeWindow.of(10, 19)), TELEMARKETING.windowsOn(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void campaignWindowsNarrowerThanTheLaw() {
        CallingHours hours = new CallingHours(every(14, 18, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
                LegalCallingProfile.TELEMARKETING_CODE_2024);
        assertFalse(hours.allows(rome(6, 10, 10, 0), ROME), "legal, but the campaign starts at 14");
        assertTrue(hours.allows(rome(6, 10, 14, 0), ROME));
        assertFalse(hours.allows(rome(6, 10, 18, 0), ROME));
        assertFalse(hours.allows(rome(6, 13, 15, 0), ROME), "no campaign window on Saturday");
        assertEquals(List.of(TimeWindow.of(14, 18)), hours.windowsOn(LocalDate.of(2026, 6, 10)));
    }

    @Test
    void campaignWindowsWiderThanTheLawAreCut() {
        CallingHours hours = new CallingHours(List.of(window(SATURDAY, 8, 20)),
                LegalCallingProfile.TELEMARKETING_CODE_2024);
        assertEquals(List.of(TimeWindow.of(10, 19)), hours.windowsOn(LocalDate.of(2026, 6, 13)));
    }

    @Test
    void twoWindowsWithALunchBreak() {
        CallingHours hours = new CallingHours(List.of(window(WEDNESDAY, 14, 18), window(WEDNESDAY, 9, 13)),
                LegalCallingProfile.TELEMARKETING_CODE_2024);
        assertEquals(List.of(TimeWindow.of(9, 13), TimeWindow.of(14, 18)),
                hours.windowsOn(LocalDate.of(2026, 6, 10)), "sorted");
        assertTrue(hours.allows(rome(6, 10, 12, 59), ROME));
        assertFalse(hours.allows(rome(6, 10, 13, 0), ROME));
        assertFalse(hours.allows(rome(6, 10, 13, 59), ROME));
        assertTrue(hours.allows(rome(6, 10, 14, 0), ROME));
        assertEquals(Optional.of(at(ROME, 6, 10, 14, 0)), hours.nextOpening(rome(6, 10, 13, 15), ROME));
    }

    @Test
    void overlappingWindowsAreMerged() {
        CallingHours hours = new CallingHours(List.of(window(WEDNESDAY, 9, 13), window(WEDNESDAY, 12, 15),
                window(WEDNESDAY, 15, 16)), LegalCallingProfile.TELEMARKETING_CODE_2024);
        assertEquals(List.of(TimeWindow.of(9, 16)), hours.windowsOn(LocalDate.of(2026, 6, 10)));
    }

    @Test
    void theLeadsOwnTimeZoneCounts() {
        // Wednesday 10 June: Rome is UTC+2, New York UTC-4
        assertTrue(TELEMARKETING.allows(rome(6, 10, 15, 0), NEW_YORK), "09:00 in New York");
        assertFalse(TELEMARKETING.allows(rome(6, 10, 14, 0), NEW_YORK), "08:00 in New York");
        assertTrue(TELEMARKETING.allows(rome(6, 10, 1, 30), NEW_YORK), "19:30 of Tuesday in New York");
        assertEquals(Optional.of(at(NEW_YORK, 6, 10, 9, 0)), TELEMARKETING.nextOpening(rome(6, 10, 14, 0), NEW_YORK));
        assertEquals(rome(6, 10, 15, 0), TELEMARKETING.nextOpening(rome(6, 10, 14, 0), NEW_YORK).orElseThrow().toInstant());
    }

    @Test
    void theGapBetweenRomeAndNewYorkShrinksWhenOnlyAmericaHasMovedItsClocks() {
        // Monday 23 March: New York already on summer time (since 8 March), Rome not yet: 5 hours apart
        assertTrue(TELEMARKETING.allows(rome(3, 23, 14, 0), NEW_YORK), "09:00 in New York");
        assertFalse(TELEMARKETING.allows(rome(3, 23, 13, 59), NEW_YORK));
    }

    @Test
    void nextOpeningIsNowWhenAllowed() {
        assertEquals(Optional.of(at(ROME, 6, 10, 11, 17)), TELEMARKETING.nextOpening(rome(6, 10, 11, 17), ROME));
    }

    @Test
    void nextOpeningLaterTheSameDay() {
        assertEquals(Optional.of(at(ROME, 6, 10, 9, 0)), TELEMARKETING.nextOpening(rome(6, 10, 7, 45), ROME));
    }

    @Test
    void nextOpeningAfterSaturdayEveningIsMonday() {
        assertEquals(Optional.of(at(ROME, 6, 15, 9, 0)), TELEMARKETING.nextOpening(rome(6, 13, 19, 30), ROME));
    }

    @Test
    void nextOpeningFromAFridayNightBeforeAHolidayMonday() {
        // Friday 3 April 21:00; Easter Sunday 5, Easter Monday 6
        assertEquals(Optional.of(at(ROME, 4, 4, 10, 0)), TELEMARKETING.nextOpening(rome(4, 3, 21, 0), ROME),
                "Saturday, when the campaign calls on Saturdays");
        CallingHours weekdays = new CallingHours(every(9, 18, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
                LegalCallingProfile.TELEMARKETING_CODE_2024);
        assertEquals(Optional.of(at(ROME, 4, 7, 9, 0)), weekdays.nextOpening(rome(4, 3, 21, 0), ROME),
                "Tuesday for a Monday–Friday campaign");
    }

    @Test
    void nextOpeningOnTheEveOfAHolidayStartsAtTen() {
        // Sunday 31 May 20:00 → Monday 1 June, eve of the Festa della Repubblica
        assertEquals(Optional.of(at(ROME, 6, 1, 10, 0)), TELEMARKETING.nextOpening(rome(5, 31, 20, 0), ROME));
        // Monday 1 June 19:00 → Wednesday 3 June: Tuesday is the holiday
        assertEquals(Optional.of(at(ROME, 6, 3, 9, 0)), TELEMARKETING.nextOpening(rome(6, 1, 19, 0), ROME));
    }

    @Test
    void nextOpeningAcrossTheSpringForwardWeekend() {
        // Clocks go forward on Sunday 29 March 2026 at 02:00
        ZonedDateTime monday = TELEMARKETING.nextOpening(rome(3, 28, 19, 30), ROME).orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 30).atTime(9, 0), monday.toLocalDateTime());
        assertEquals(ZoneOffset.ofHours(2), monday.getOffset());
        assertEquals(Duration.ofMinutes(36 * 60 + 30), Duration.between(rome(3, 28, 19, 30), monday.toInstant()),
                "one hour less than a plain weekend");
        assertFalse(TELEMARKETING.allows(rome(3, 30, 8, 30), ROME));
        assertTrue(TELEMARKETING.allows(rome(3, 30, 9, 0), ROME));
    }

    @Test
    void nextOpeningAcrossTheFallBackWeekend() {
        // Clocks go back on Sunday 25 October 2026 at 03:00
        ZonedDateTime monday = TELEMARKETING.nextOpening(rome(10, 24, 19, 30), ROME).orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 26).atTime(9, 0), monday.toLocalDateTime());
        assertEquals(ZoneOffset.ofHours(1), monday.getOffset());
        assertEquals(Duration.ofMinutes(38 * 60 + 30), Duration.between(rome(10, 24, 19, 30), monday.toInstant()),
                "one hour more than a plain weekend");
    }

    @Test
    void nextOpeningIsEmptyWhenTheCampaignNeverOpens() {
        CallingHours sundaysOnly = new CallingHours(List.of(window(SUNDAY, 10, 12)),
                LegalCallingProfile.TELEMARKETING_CODE_2024);
        assertEquals(Optional.empty(), sundaysOnly.nextOpening(rome(6, 10, 10, 0), ROME));
        assertEquals(Optional.empty(), new CallingHours(List.of(), LegalCallingProfile.SURVEY_WIDE)
                .nextOpening(rome(6, 10, 10, 0), ROME));
    }

    @Test
    void nextOpeningSkipsAHolidayOnTheOnlyCallingDay() {
        // Only Tuesdays 9–10, from Tuesday 1 December after 10:00: 8 December is the Immacolata
        CallingHours tuesdays = new CallingHours(List.of(window(TUESDAY, 9, 10)),
                LegalCallingProfile.TELEMARKETING_CODE_2024);
        assertEquals(Optional.of(at(ROME, 12, 15, 9, 0)), tuesdays.nextOpening(rome(12, 1, 11, 0), ROME));
    }

    @Test
    void surveysMayCallOnSaturdayEveningTelemarketingMayNot() {
        Instant saturdayEvening = rome(6, 13, 20, 30);
        assertTrue(lawOnly(LegalCallingProfile.SURVEY_WIDE).allows(saturdayEvening, ROME));
        assertFalse(TELEMARKETING.allows(saturdayEvening, ROME));
    }

    @Test
    void anInvalidCampaignWindowIsRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> new CallingWindow(MONDAY, LocalTime.of(18, 0), LocalTime.of(9, 0)));
        assertEquals("calling.window.invalid", e.getMessageKey());
        assertThrows(DomainException.class, () -> new CallingWindow(MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)));
    }

    @Test
    void aWindowBrokenThroughTheSettersIsRefusedWhenUsed() {
        CallingWindow w = window(MONDAY, 9, 13);
        w.setEndsAt(LocalTime.of(8, 0));
        DomainException e = assertThrows(DomainException.class, w::window);
        assertEquals("calling.window.invalid", e.getMessageKey());
        assertThrows(DomainException.class, () -> new CallingHours(List.of(w), LegalCallingProfile.DEFAULT));
    }

    @Test
    void callingWindowsAreEqualByDayAndTimes() {
        assertEquals(window(MONDAY, 9, 13), window(MONDAY, 9, 13));
        assertEquals(window(MONDAY, 9, 13).hashCode(), window(MONDAY, 9, 13).hashCode());
        assertNotEquals(window(MONDAY, 9, 13), window(TUESDAY, 9, 13));
        assertNotEquals(window(MONDAY, 9, 13), window(MONDAY, 9, 14));
        assertEquals(TimeWindow.of(9, 13), window(MONDAY, 9, 13).window());
    }

    @Test
    void theCampaignListIsCopied() {
        List<CallingWindow> windows = new ArrayList<>(List.of(window(WEDNESDAY, 9, 13)));
        CallingHours hours = new CallingHours(windows, LegalCallingProfile.DEFAULT);
        windows.add(window(WEDNESDAY, 14, 18));
        windows.get(0).setEndsAt(LocalTime.of(10, 0));
        assertEquals(List.of(TimeWindow.of(9, 13)), hours.windowsOn(LocalDate.of(2026, 6, 10)));
    }
}
