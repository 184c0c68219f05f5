package it.cuffia.ticketing.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.ChangeRecord;
import it.cuffia.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One timeline row of a ticket: who changed what, when, old → new, and the reason when one is needed. */
@Entity
@Table(name = "ticket_change")
public class TicketChange extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Embedded
    private ChangeRecord change;

    @Column(length = 1000)
    private String reason;

    protected TicketChange() {
    }

    TicketChange(Ticket ticket, ChangeRecord change, String reason) {
        this.ticket = ticket;
        this.change = change;
        this.reason = it.cuffia.shared.domain.PlainText.text(reason, "ticket.reason", 1000);
    }

    /** The value before the change as a person reads it: a state, priority or level by its label, anything else as written. */
    public Text getOldText() { return textOf(change.getOldValue()); }

    /** The value after the change as a person reads it. */
    public Text getNewText() { return textOf(change.getNewValue()); }

    /**
     * The reason as a person reads it: what the suite wrote by itself (a routing rule, {@link Ticket#routedBy}) in the
     * reader's language, anything else as written.
     */
    public Text getReasonText() {
        if (reason == null) {
            return null;
        }
        java.util.regex.Matcher routed = Ticket.ROUTED_BY.matcher(reason);
        return routed.matches() ? Text.of("ticket.reason.routed", routed.group(1)) : Text.literal(reason);
    }

    /** The changed field's label ({@code ticket.field.state}). */
    public Text getFieldText() { return Text.of("ticket.field." + change.getField()); }

    private Text textOf(String value) {
        if (value == null) {
            return null;
        }
        return switch (change.getField()) {
            case "state" -> Text.of("ticket.state." + value);
            case "priority" -> Text.of("ticket.priority." + value);
            case "level" -> Text.of("ticket.level." + value);
            default -> Text.literal(value);
        };
    }

    public Ticket getTicket() { return ticket; }
    public ChangeRecord getChange() { return change; }
    public String getReason() { return reason; }
}
