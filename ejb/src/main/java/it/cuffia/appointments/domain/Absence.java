package it.cuffia.appointments.domain;

import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Days a sales person takes no appointments: holidays, leave, a trade fair. */
@Embeddable
public class Absence implements Serializable {

    @Column(name = "from_day", nullable = false)
    private LocalDate fromDay;

    @Column(name = "to_day", nullable = false)
    private LocalDate toDay;

    @Column(length = 120)
    private String reason;

    protected Absence() {
    }

    public Absence(LocalDate fromDay, LocalDate toDay, String reason) {
        if (fromDay == null || toDay == null) {
            throw new DomainException("agenda.absence.required");
        }
        if (toDay.isBefore(fromDay)) {
            throw new DomainException("agenda.absence.order");
        }
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(fromDay) && !day.isAfter(toDay);
    }

    public LocalDate getFromDay() { return fromDay; }
    public LocalDate getToDay() { return toDay; }
    public String getReason() { return reason; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Absence a && fromDay.equals(a.fromDay) && toDay.equals(a.toDay) && Objects.equals(reason, a.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fromDay, toDay, reason);
    }
}
