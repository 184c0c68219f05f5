package it.cuffia.ticketing.application;

import it.cuffia.shared.domain.Text;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a customer's timeline: a contact, a ticket event, a note, a data change or an appointment.
 * Its title and detail are {@link Text}s, said in the reader's language by the console or the API:
 * a channel, a state or an outcome never reaches a person as an enum constant.
 * Plain getters: the consoles read it through Jakarta EL.
 */
public final class TimelineEntry implements Serializable {

    public enum Kind { INTERACTION, TICKET_OPENED, TICKET_RESOLVED, NOTE, DATA_CHANGE, APPOINTMENT, SATISFACTION }

    private final Instant at;
    private final Kind kind;
    private final String who;
    private final Text title;
    private final Text detail;
    private final Long ticketId;
    /** The channel of a contact or of the contact that opened a ticket; none for other lines. */
    private final it.cuffia.contact.domain.Channel channel;

    public TimelineEntry(Instant at, Kind kind, String who, Text title, Text detail, Long ticketId) {
        this(at, kind, who, title, detail, ticketId, null);
    }

    public TimelineEntry(Instant at, Kind kind, String who, Text title, Text detail, Long ticketId,
                         it.cuffia.contact.domain.Channel channel) {
        this.channel = channel;
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
    public Text getTitle() { return title; }
    public Text getDetail() { return detail; }
    public Long getTicketId() { return ticketId; }
    public it.cuffia.contact.domain.Channel getChannel() { return channel; }
}
