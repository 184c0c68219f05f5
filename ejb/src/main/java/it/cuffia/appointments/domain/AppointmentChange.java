package it.cuffia.appointments.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.ChangeRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One change of an appointment: who, when, what from what to what, and why. */
@Entity
@Table(name = "appointment_change")
public class AppointmentChange extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "appointment_id")
    private Appointment appointment;

    @Embedded
    private ChangeRecord change;

    @Column(length = 500)
    private String reason;

    protected AppointmentChange() {
    }

    AppointmentChange(Appointment appointment, ChangeRecord change, String reason) {
        this.appointment = appointment;
        this.change = change;
        this.reason = reason;
    }

    public ChangeRecord getChange() { return change; }
    public String getReason() { return reason; }
}
