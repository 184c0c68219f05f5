package it.cuffia.outbound.domain;

import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One interval in which a campaign wants its leads dialled on a weekday, e.g. Monday 09:00–13:00. */
@Embeddable
public class CallingWindow implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", length = 9, nullable = false)
    private DayOfWeek dayOfWeek;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected CallingWindow() {
    }

    public CallingWindow(DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
        if (!startsAt.isBefore(endsAt)) {
            throw new DomainException("calling.window.invalid", startsAt, endsAt);
        }
        this.dayOfWeek = Objects.requireNonNull(dayOfWeek);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /** The interval as a value; validates it, since the setters cannot (the form sets one field at a time). */
    public TimeWindow window() {
        return new TimeWindow(startsAt, endsAt);
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(DayOfWeek dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallingWindow other
                && dayOfWeek == other.dayOfWeek
                && Objects.equals(startsAt, other.startsAt)
                && Objects.equals(endsAt, other.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, startsAt, endsAt);
    }

    @Override
    public String toString() {
        return dayOfWeek + " " + startsAt + "–" + endsAt;
    }
}
