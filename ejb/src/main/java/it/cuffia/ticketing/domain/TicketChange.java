package it.cuffia.ticketing.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One timeline row of a ticket: who changed what, when, old → new (with the reason, if any). */
@Entity
@Table(name = "ticket_change")
public class TicketChange extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "old_value", length = 400)
    private String oldValue;

    @Column(name = "new_value", length = 400)
    private String newValue;

    @Column(length = 1000)
    private String reason;

    protected TicketChange() {
    }

    TicketChange(Ticket ticket, Instant changedAt, String changedBy, String field, Object oldValue, Object newValue, String reason) {
        this.ticket = ticket;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = field;
        this.oldValue = oldValue == null ? null : String.valueOf(oldValue);
        this.newValue = newValue == null ? null : String.valueOf(newValue);
        this.reason = reason;
    }

    public Ticket getTicket() { return ticket; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public String getReason() { return reason; }
}
