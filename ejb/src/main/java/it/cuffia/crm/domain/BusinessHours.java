package it.cuffia.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One opening interval of a client's service on a weekday, e.g. Monday 09:00–18:00. */
@Embeddable
public class BusinessHours implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected BusinessHours() {
    }

    public BusinessHours(DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {
        if (!opensAt.isBefore(closesAt)) {
            throw new it.cuffia.shared.domain.DomainException("client.hours.order", opensAt, closesAt);
        }
        this.dayOfWeek = Objects.requireNonNull(dayOfWeek);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public boolean contains(DayOfWeek day, LocalTime time) {
        return dayOfWeek == day && !time.isBefore(opensAt) && time.isBefore(closesAt);
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }
}
