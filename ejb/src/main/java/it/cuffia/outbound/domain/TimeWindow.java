package it.cuffia.outbound.domain;

import it.cuffia.shared.domain.DomainException;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** A half-open interval of local time within one day, [from, to). */
public record TimeWindow(LocalTime from, LocalTime to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new DomainException("calling.window.invalid", from, to);
        }
    }

    public static TimeWindow of(int fromHour, int toHour) {
        return new TimeWindow(LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0));
    }

    /** {@code from} is inside, {@code to} is not: a call may start at 09:00 but not at 20:00. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }

    public Optional<TimeWindow> intersect(TimeWindow other) {
        LocalTime start = from.isAfter(other.from) ? from : other.from;
        LocalTime end = to.isBefore(other.to) ? to : other.to;
        return start.isBefore(end) ? Optional.of(new TimeWindow(start, end)) : Optional.empty();
    }
}
