package it.cuffia.ticketing.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a customer's timeline: a contact, a ticket event, a note, a data change or an appointment.
 * Plain getters: the consoles read it through Jakarta EL.
 */
public final class TimelineEntry implements Serializable {

    public enum Kind { INTERACTION, TICKET_OPENED, TICKET_RESOLVED, NOTE, DATA_CHANGE, APPOINTMENT }

    private final Instant at;
    private final Kind kind;
    private final String who;
    private final String title;
    private final String detail;
    private final Long ticketId;

    public TimelineEntry(Instant at, Kind kind, String who, String title, String detail, Long ticketId) {
        this.at = at;
        this.kind = kind;
        this.who = who;
        this.title = title;
        this.detail = detail;
        this.ticketId = ticketId;
    }

    public Instant getAt() { return at; }
    public Kind getKind() { return kind; }
    public String getWho() { return who; }
    public String getTitle() { return title; }
    public String getDetail() { return detail; }
    public Long getTicketId() { return ticketId; }
}
