package it.cuffia.crm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessTimeTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final Client client = new Client("AURORA", "Telefonia Aurora S.p.A.");

    BusinessTimeTest() {
        client.replaceBusinessHours(Client.officeWeek()); // Monday–Friday 9–18
    }

    private static Instant rome(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ROME).toInstant();
    }

    private Instant after(Instant start, Duration amount) {
        return BusinessTime.after(client, start, amount);
    }

    @Test
    void withinTheSameDay() {
        assertEquals(rome(2026, 11, 23, 14, 30), after(rome(2026, 11, 23, 10, 0), Duration.ofMinutes(270)));
    }

    @Test
    void theEveningIsSkipped() {
        // Monday 17:00 + 2 h = 1 h on Monday, 1 h on Tuesday from 9:00
        assertEquals(rome(2026, 11, 24, 10, 0), after(rome(2026, 11, 23, 17, 0), Duration.ofHours(2)));
    }

    @Test
    void aCallAfterClosingStartsCountingNextMorning() {
        assertEquals(rome(2026, 11, 24, 9, 30), after(rome(2026, 11, 23, 21, 15), Duration.ofMinutes(30)));
    }

    @Test
    void theWeekendIsSkipped() {
        // Friday 27 Nov 16:00 + 4 h = 2 h Friday, 2 h Monday 30 Nov
        assertEquals(rome(2026, 11, 30, 11, 0), after(rome(2026, 11, 27, 16, 0), Duration.ofHours(4)));
    }

    @Test
    void nationalHolidaysAreSkipped() {
        // Monday 7 Dec 17:00 + 2 h; Tuesday 8 Dec is the Immacolata: Monday 1 h, Wednesday 9 Dec 1 h
        assertEquals(rome(2026, 12, 9, 10, 0), after(rome(2026, 12, 7, 17, 0), Duration.ofHours(2)));
        // Christmas Eve is a working day; Christmas is a Friday: Thursday 24 Dec 17:00 + 2 h → Monday 28 10:00
        assertEquals(rome(2026, 12, 24, 18, 0), after(rome(2026, 12, 23, 17, 0), Duration.ofHours(10)));
        assertEquals(rome(2026, 12, 28, 10, 0), after(rome(2026, 12, 24, 17, 0), Duration.ofHours(2)));
    }

    @Test
    void theClientsOwnClosuresAreSkipped() {
        client.addClosure(LocalDate.of(2026, 11, 24), "inventario");

        assertEquals(rome(2026, 11, 25, 10, 0), after(rome(2026, 11, 23, 17, 0), Duration.ofHours(2)));
    }

    @Test
    void aLunchBreakIsNotWorkingTime() {
        client.replaceBusinessHours(List.of(
                new BusinessHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new BusinessHours(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0))));

        assertEquals(rome(2026, 11, 23, 15, 0), after(rome(2026, 11, 23, 12, 0), Duration.ofHours(2)));
    }

    @Test
    void theSpringClockChangeDoesNotShiftBusinessHours() {
        client.replaceBusinessHours(List.of(new BusinessHours(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)),
                new BusinessHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))));
        // Saturday 28 March 2026 17:00 + 2 h → Sunday 29 March (summer time starts at 2:00) 10:00 local
        assertEquals(rome(2026, 3, 29, 10, 0), after(rome(2026, 3, 28, 17, 0), Duration.ofHours(2)));
    }

    @Test
    void aClientWithoutHoursIsAnError() {
        client.replaceBusinessHours(List.of());

        assertEquals("client.hours.none", assertThrows(DomainException.class,
                () -> after(rome(2026, 11, 23, 10, 0), Duration.ofHours(1))).getMessageKey());
    }
}
