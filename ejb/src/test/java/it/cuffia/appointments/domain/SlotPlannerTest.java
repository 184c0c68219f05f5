package it.cuffia.appointments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.BusinessHours;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SalesPerson;
import it.cuffia.shared.domain.Zones;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotPlannerTest {

    private final SalesAgenda agenda = new SalesAgenda(new SalesPerson(
            new AppUser("commerciale1", "Roberto", "Ferrari", Set.of(Role.SALES)), new Client("AURORA", "Aurora")));
    private final SlotPlanner planner = new SlotPlanner(Duration.ofMinutes(60), Duration.ofMinutes(15));
    private final Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");

    SlotPlannerTest() {
        agenda.replaceHours(List.of(
                new BusinessHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new BusinessHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new BusinessHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))));
    }

    private static Instant rome(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, Zones.ROME).toInstant();
    }

    @Test
    void aMorningHoldsThreeMeetingsOfAnHourWithTheirBuffers() {
        List<SlotPlanner.Slot> slots = planner.freeSlots(agenda, List.of(), LocalDate.of(2026, 3, 9), 1, Zones.ROME, longAgo);
        // 09:00–10:00, 10:15–11:15, 11:30–12:30; 12:45 would end after 13:00
        assertEquals(List.of(rome(2026, 3, 9, 9, 0), rome(2026, 3, 9, 10, 15), rome(2026, 3, 9, 11, 30)),
                slots.stream().map(SlotPlanner.Slot::start).toList());
    }

    @Test
    void bookedMeetingsAndTheirBufferAreNotOffered() {
        List<SlotPlanner.Busy> busy = List.of(new SlotPlanner.Busy(rome(2026, 3, 9, 10, 30), rome(2026, 3, 9, 11, 0)));
        List<Instant> starts = planner.freeSlots(agenda, busy, LocalDate.of(2026, 3, 9), 1, Zones.ROME, longAgo).stream()
                .map(SlotPlanner.Slot::start).toList();
        // 10:15 overlaps the 10:30 meeting; 11:30 starts after its end plus the 15-minute buffer
        assertEquals(List.of(rome(2026, 3, 9, 9, 0), rome(2026, 3, 9, 11, 30)), starts);
        List<SlotPlanner.Busy> tight = List.of(new SlotPlanner.Busy(rome(2026, 3, 9, 10, 30), rome(2026, 3, 9, 11, 20)));
        assertEquals(List.of(rome(2026, 3, 9, 9, 0)), planner.freeSlots(agenda, tight, LocalDate.of(2026, 3, 9), 1, Zones.ROME, longAgo)
                .stream().map(SlotPlanner.Slot::start).toList(), "11:30 is within the buffer after a meeting ending 11:20");
    }

    @Test
    void holidaysAbsencesAndThePastAreSkipped() {
        // Friday 1 May 2026 is Labour Day
        assertTrue(planner.freeSlots(agenda, List.of(), LocalDate.of(2026, 5, 1), 1, Zones.ROME, longAgo).isEmpty());
        agenda.addAbsence(new Absence(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10), "ferie"));
        assertTrue(planner.freeSlots(agenda, List.of(), LocalDate.of(2026, 3, 9), 2, Zones.ROME, longAgo).isEmpty());
        List<SlotPlanner.Slot> friday = planner.freeSlots(agenda, List.of(), LocalDate.of(2026, 3, 13), 1, Zones.ROME,
                rome(2026, 3, 13, 10, 0));
        assertEquals(rome(2026, 3, 13, 10, 15), friday.get(0).start(), "nothing before the earliest allowed start");
    }

    @Test
    void localTimesHoldAcrossTheChangeToSummerTime() {
        // Friday 27 March (UTC+1) and Monday 30 March 2026 (UTC+2): both first meetings at 09:00 Rome
        List<SlotPlanner.Slot> slots = planner.freeSlots(agenda, List.of(), LocalDate.of(2026, 3, 27), 4, Zones.ROME, longAgo);
        assertEquals(Instant.parse("2026-03-27T08:00:00Z"), slots.get(0).start());
        SlotPlanner.Slot monday = slots.stream().filter(s -> s.start().isAfter(Instant.parse("2026-03-29T00:00:00Z"))).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), monday.start());
        assertEquals(Duration.ofHours(1), Duration.between(monday.start(), monday.end()));
    }

    @Test
    void inPersonMeetingsNeedTheCustomersProvince() {
        agenda.cover(List.of("mi", "MB"));
        assertTrue(agenda.serves(MeetingType.IN_PERSON, "MI"));
        assertFalse(agenda.serves(MeetingType.IN_PERSON, "RM"));
        assertTrue(agenda.serves(MeetingType.PHONE, "RM"));
        agenda.hold(List.of(MeetingType.IN_PERSON));
        assertFalse(agenda.serves(MeetingType.VIDEO, "MI"));
    }
}
