package it.cuffia.demo;

import it.cuffia.appointments.domain.MeetingType;
import it.cuffia.appointments.domain.SalesAgenda;
import it.cuffia.appointments.domain.SlotPlanner;
import it.cuffia.shared.domain.Zones;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * The visits the demo's history books, booked the way an agent books them in the console: a free slot of an eligible
 * sales person of the campaign's client within ten days of the call, one of the soonest. {@link SlotPlanner} keeps to
 * each person's weekly hours, holidays, absences and what their calendar already holds (with the campaign's buffer),
 * so no two meetings of one person overlap and none falls outside their availability.
 */
final class DemoBookings {

    /** A one-hour in-person visit, as {@link HistoryRows#appointment} writes it. */
    static final Duration VISIT = Duration.ofHours(1);
    static final int DAYS_AHEAD = 10;

    record Booking(SalesAgenda agenda, SlotPlanner.Slot slot) {
    }

    private final Random random;
    private final Function<SalesAgenda, List<SlotPlanner.Busy>> bookedBefore;
    private final Map<SalesAgenda, List<SlotPlanner.Busy>> calendars = new IdentityHashMap<>();

    /** @param bookedBefore what a sales person's calendar holds before the history is written */
    DemoBookings(Random random, Function<SalesAgenda, List<SlotPlanner.Busy>> bookedBefore) {
        this.random = random;
        this.bookedBefore = bookedBefore;
    }

    /** A slot from the day after the call, or none when every eligible person is full (the agent then calls back). */
    Optional<Booking> book(List<SalesAgenda> agendas, MeetingType type, String province, int bufferMinutes, Instant callEnded) {
        SlotPlanner planner = new SlotPlanner(VISIT, Duration.ofMinutes(bufferMinutes));
        LocalDate from = LocalDate.ofInstant(callEnded, Zones.ROME).plusDays(1);
        Instant notBefore = from.atStartOfDay(Zones.ROME).toInstant();
        List<Booking> options = new ArrayList<>();
        for (SalesAgenda agenda : agendas) {
            if (agenda.serves(type, province)) {
                planner.freeSlots(agenda, calendar(agenda), from, DAYS_AHEAD, Zones.ROME, notBefore)
                        .forEach(slot -> options.add(new Booking(agenda, slot)));
            }
        }
        if (options.isEmpty()) {
            return Optional.empty();
        }
        options.sort(Comparator.comparing((Booking b) -> b.slot().start()));
        Booking chosen = options.get(random.nextInt(Math.min(options.size(), 8)));
        calendar(chosen.agenda()).add(new SlotPlanner.Busy(chosen.slot().start(), chosen.slot().end()));
        return Optional.of(chosen);
    }

    private List<SlotPlanner.Busy> calendar(SalesAgenda agenda) {
        return calendars.computeIfAbsent(agenda, a -> new ArrayList<>(bookedBefore.apply(a)));
    }
}
