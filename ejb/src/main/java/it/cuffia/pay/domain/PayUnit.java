package it.cuffia.pay.domain;

import it.cuffia.kpi.domain.KpiCounters;

/** What a per-unit rule pays for; each counted in the month of its fact (an appointment when held). */
public enum PayUnit {
    APPOINTMENTS_HELD, APPOINTMENTS_BOOKED, CALLS_HANDLED, CONTACTS, CONVERSIONS, TICKETS_RESOLVED;

    public long countIn(KpiCounters counters) {
        return switch (this) {
            case APPOINTMENTS_HELD -> counters.getAppointmentsHeld();
            case APPOINTMENTS_BOOKED -> counters.getAppointmentsBooked();
            case CALLS_HANDLED -> counters.getCallsHandled();
            case CONTACTS -> counters.getContacts();
            case CONVERSIONS -> counters.getConversions();
            case TICKETS_RESOLVED -> counters.getTicketsResolved();
        };
    }
}
