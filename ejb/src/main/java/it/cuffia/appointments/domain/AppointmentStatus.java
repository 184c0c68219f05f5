package it.cuffia.appointments.domain;

/** BOOKED until the sales person says how it went; the others are final. */
public enum AppointmentStatus {
    BOOKED, HELD, NO_SHOW, CANCELLED, RESCHEDULED;

    /** Statuses that keep the sales person's time taken. */
    public boolean occupies() {
        return this == BOOKED || this == HELD || this == NO_SHOW;
    }
}
