package it.cuffia.appointments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.crm.domain.BusinessHours;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SalesPerson;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Text;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalesAgendaTest {

    private final SalesAgenda agenda = new SalesAgenda(new SalesPerson(
            new AppUser("commerciale1", "Roberto", "Ferrari", Set.of(Role.SALES)), new Client("AURORA", "Aurora")));

    private static BusinessHours window(DayOfWeek day, int from, int to) {
        return new BusinessHours(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void twoWindowsOfOneDayMayNotOverlapAndTheWeekIsKeptAsItWas() {
        agenda.replaceHours(List.of(window(DayOfWeek.MONDAY, 9, 13), window(DayOfWeek.MONDAY, 14, 18)));

        DomainException overlap = assertThrows(DomainException.class, () -> agenda.replaceHours(List.of(
                window(DayOfWeek.MONDAY, 8, 20), window(DayOfWeek.TUESDAY, 9, 13), window(DayOfWeek.MONDAY, 9, 13))));

        assertEquals("agenda.hours.overlap", overlap.getMessageKey());
        assertEquals(Text.label("day.", DayOfWeek.MONDAY), overlap.getArguments()[0], "the day in the user's language");
        assertEquals(2, agenda.getHours().size(), "nothing replaced");
    }

    @Test
    void windowsThatTouchOrFallOnOtherDaysAreFine() {
        agenda.replaceHours(List.of(window(DayOfWeek.TUESDAY, 13, 18), window(DayOfWeek.MONDAY, 9, 13), window(DayOfWeek.TUESDAY, 9, 13),
                window(DayOfWeek.WEDNESDAY, 9, 13)));

        assertEquals(4, agenda.getHours().size());
        assertEquals(DayOfWeek.MONDAY, agenda.getHours().get(0).getDayOfWeek(), "kept in the week's order");
    }
}
