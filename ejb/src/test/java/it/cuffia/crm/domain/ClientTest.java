package it.cuffia.crm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ClientTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final Client client = new Client("AURORA", "Telefonia Aurora S.p.A.");

    ClientTest() {
        client.replaceBusinessHours(Client.officeWeek());
    }

    @Test
    void openDuringItsHoursOnWorkingDays() {
        assertTrue(client.isOpenAt(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ROME)), "Monday 9:00");
        assertTrue(client.isOpenAt(ZonedDateTime.of(2026, 11, 23, 17, 59, 0, 0, ROME)));
        assertFalse(client.isOpenAt(ZonedDateTime.of(2026, 11, 23, 18, 0, 0, 0, ROME)), "closes at 18:00");
        assertFalse(client.isOpenAt(ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, ROME)), "Saturday");
    }

    @Test
    void closedOnNationalHolidays() {
        assertFalse(client.isWorkingDay(LocalDate.of(2026, 12, 8)), "Immacolata, a Tuesday");
        assertFalse(client.isWorkingDay(LocalDate.of(2026, 4, 6)), "Easter Monday 2026");
        assertFalse(client.isWorkingDay(LocalDate.of(2026, 6, 2)), "Festa della Repubblica");
        assertTrue(client.isWorkingDay(LocalDate.of(2026, 12, 9)));
    }

    @Test
    void closedOnItsOwnClosures() {
        client.addClosure(LocalDate.of(2026, 12, 7), "Sant'Ambrogio");

        assertFalse(client.isWorkingDay(LocalDate.of(2026, 12, 7)));

        client.removeClosure(LocalDate.of(2026, 12, 7));
        assertTrue(client.isWorkingDay(LocalDate.of(2026, 12, 7)));
    }

    @Test
    void aClosuresDescriptionFitsItsColumn() {
        assertEquals("text.tooLong", assertThrows(it.cuffia.shared.domain.DomainException.class,
                () -> client.addClosure(LocalDate.of(2026, 12, 7), "x".repeat(121))).getMessageKey());
        assertTrue(client.isWorkingDay(LocalDate.of(2026, 12, 7)), "a refused closure is not added");

        client.addClosure(LocalDate.of(2026, 12, 7), "  " + "x".repeat(120) + "  ");
        assertFalse(client.isWorkingDay(LocalDate.of(2026, 12, 7)));
    }

    @Test
    void hoursAreReadInTheClientsZone() {
        ZonedDateTime utc = ZonedDateTime.of(2026, 7, 1, 7, 30, 0, 0, ZoneId.of("UTC")); // 9:30 in Rome (summer time)

        assertTrue(client.isOpenAt(utc));
    }

    @Test
    void anIntervalMustOpenBeforeItCloses() {
        DomainException refused = assertThrows(DomainException.class,
                () -> new BusinessHours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(9, 0)));

        assertEquals("client.hours.order", refused.getMessageKey());
    }
}
