package it.cuffia.appointments.domain;

import it.cuffia.crm.domain.BusinessHours;
import it.cuffia.shared.domain.ItalianHolidays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The free slots of one sales person: their weekly hours cut into meetings of the campaign's
 * length with its buffer between them, skipping national holidays, absences, what has already
 * been booked (plus the buffer around it) and what is too soon. Local times are built day by day
 * in the sales person's zone, so a slot at 10:00 stays at 10:00 across a change of summer time.
 */
public final class SlotPlanner {

    /** A meeting already in the calendar. */
    public record Busy(Instant start, Instant end) {
    }

    /** A bookable meeting time. */
    public record Slot(Instant start, Instant end) {
    }

    private final Duration length;
    private final Duration buffer;

    public SlotPlanner(Duration length, Duration buffer) {
        if (length.isNegative() || length.isZero() || buffer.isNegative()) {
            throw new IllegalArgumentException("slot length must be positive and buffer not negative");
        }
        this.length = length;
        this.buffer = buffer;
    }

    public List<Slot> freeSlots(SalesAgenda agenda, List<Busy> busy, LocalDate from, int days, ZoneId zone, Instant notBefore) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(from.plusDays(days)); day = day.plusDays(1)) {
            if (ItalianHolidays.isHoliday(day) || agenda.isAbsentOn(day)) {
                continue;
            }
            for (BusinessHours hours : agenda.getHours()) {
                if (hours.getDayOfWeek() == day.getDayOfWeek()) {
                    addSlots(slots, day, hours.getOpensAt(), hours.getClosesAt(), zone, busy, notBefore);
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::start));
        return slots;
    }

    private void addSlots(List<Slot> slots, LocalDate day, LocalTime opens, LocalTime closes, ZoneId zone, List<Busy> busy,
                          Instant notBefore) {
        ZonedDateTime close = ZonedDateTime.of(day, closes, zone);
        for (ZonedDateTime start = ZonedDateTime.of(day, opens, zone); !start.plus(length).isAfter(close);
             start = start.plus(length).plus(buffer)) {
            Slot slot = new Slot(start.toInstant(), start.plus(length).toInstant());
            if (!slot.start().isBefore(notBefore) && busy.stream().noneMatch(b -> clashes(slot, b))) {
                slots.add(slot);
            }
        }
    }

    /** A slot clashes with a meeting it overlaps, or that it follows or precedes by less than the buffer. */
    public boolean clashes(Slot slot, Busy meeting) {
        return slot.start().isBefore(meeting.end().plus(buffer)) && meeting.start().isBefore(slot.end().plus(buffer));
    }
}
