package it.cuffia.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.appointments.domain.MeetingType;
import it.cuffia.appointments.domain.SalesAgenda;
import it.cuffia.appointments.domain.SlotPlanner;
import it.cuffia.crm.domain.BusinessHours;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SalesPerson;
import it.cuffia.shared.domain.ItalianHolidays;
import it.cuffia.shared.domain.Zones;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo's history books visits like the console (an agent setting appointments for Telefonia Aurora's two sales people
 * over six weeks, more requests than they have hours): no two active meetings of one person overlap, every one lies
 * inside their weekly hours and off holidays, and the meetings booked before the history are respected.
 */
class DemoBookingsTest {

    private static final Client AURORA = new Client("AURORA", "Telefonia Aurora");
    private final SalesAgenda roberto = agenda("commerciale1", DemoNames.provinces(), DayOfWeek.FRIDAY);
    private final SalesAgenda paola = agenda("commerciale2", List.of("MI", "MB", "BG", "BS", "TO", "GE"), DayOfWeek.THURSDAY);
    /** A visit already in Roberto's calendar when the history is written (the demo's visits of the last working day). */
    private final SlotPlanner.Busy before = new SlotPlanner.Busy(at(LocalDate.of(2026, 2, 4), 10, 15), at(LocalDate.of(2026, 2, 4), 11, 15));

    @Test
    void sixWeeksOfBookingsNeverOverlapAndKeepToTheSalesPeoplesHours() {
        Random random = new Random(20261123L);
        DemoBookings bookings = new DemoBookings(random, agenda -> agenda == roberto ? List.of(before) : List.of());
        List<String> provinces = DemoNames.provinces();
        Map<SalesAgenda, List<SlotPlanner.Busy>> calendars = new IdentityHashMap<>();
        calendars.put(roberto, new ArrayList<>(List.of(before)));
        calendars.put(paola, new ArrayList<>());
        int asked = 0;
        for (LocalDate day = LocalDate.of(2026, 1, 26); day.isBefore(LocalDate.of(2026, 3, 10)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int call = 0; call < 20; call++, asked++) {
                Instant ended = at(day, 9 + call * 8 / 20, random.nextInt(60));
                bookings.book(List.of(roberto, paola), MeetingType.IN_PERSON, provinces.get(random.nextInt(provinces.size())), 15, ended)
                        .ifPresent(b -> calendars.get(b.agenda()).add(new SlotPlanner.Busy(b.slot().start(), b.slot().end())));
            }
        }

        int booked = calendars.values().stream().mapToInt(List::size).sum() - 1;
        assertTrue(booked > 200 && booked < asked, "most requests get a visit, those beyond the people's hours do not: " + booked);
        assertFalse(calendars.get(paola).isEmpty(), "the second sales person takes visits too");
        calendars.forEach((agenda, meetings) -> {
            assertEquals(0, overlappingPairs(meetings), agenda.getSalesPerson().getUser().getUsername());
            meetings.stream().filter(m -> m != before).forEach(m -> assertTrue(withinHours(agenda, m), agenda.getSalesPerson().getUser().getUsername() + " " + m));
        });
    }

    private static long overlappingPairs(List<SlotPlanner.Busy> meetings) {
        long pairs = 0;
        for (int i = 0; i < meetings.size(); i++) {
            for (int j = i + 1; j < meetings.size(); j++) {
                if (meetings.get(i).start().isBefore(meetings.get(j).end()) && meetings.get(j).start().isBefore(meetings.get(i).end())) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static boolean withinHours(SalesAgenda agenda, SlotPlanner.Busy meeting) {
        ZonedDateTime start = meeting.start().atZone(Zones.ROME);
        ZonedDateTime end = meeting.end().atZone(Zones.ROME);
        LocalDate day = start.toLocalDate();
        return !ItalianHolidays.isHoliday(day) && end.toLocalDate().equals(day) && agenda.getHours().stream().anyMatch(h ->
                h.getDayOfWeek() == day.getDayOfWeek() && !start.toLocalTime().isBefore(h.getOpensAt()) && !end.toLocalTime().isAfter(h.getClosesAt()));
    }

    /** As DemoDataLoader sets them up: Monday to the given day, 09–13 and 14–18. */
    private static SalesAgenda agenda(String username, List<String> provinces, DayOfWeek lastDay) {
        SalesAgenda agenda = new SalesAgenda(new SalesPerson(new AppUser(username, "Demo", username, Set.of(Role.SALES)), AURORA));
        List<BusinessHours> hours = new ArrayList<>();
        for (DayOfWeek day = DayOfWeek.MONDAY; day.compareTo(lastDay) <= 0; day = day.plus(1)) {
            hours.add(new BusinessHours(day, LocalTime.of(9, 0), LocalTime.of(13, 0)));
            hours.add(new BusinessHours(day, LocalTime.of(14, 0), LocalTime.of(18, 0)));
        }
        agenda.replaceHours(hours);
        agenda.cover(provinces);
        return agenda;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Zones.ROME).toInstant();
    }
}
