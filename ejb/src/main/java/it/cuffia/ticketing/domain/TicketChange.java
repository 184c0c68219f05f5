package it.cuffia.ticketing.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.ChangeRecord;
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
        this.reason = reason;
    }

    public Ticket getTicket() { return ticket; }
    public ChangeRecord getChange() { return change; }
    public String getReason() { return reason; }
}
