package it.cuffia.ticketing.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on a ticket: internal (for colleagues) or visible to the customer. */
@Entity
@Table(name = "ticket_note")
public class TicketNote extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "customer_visible", nullable = false)
    private boolean customerVisible;

    protected TicketNote() {
    }

    TicketNote(Ticket ticket, Instant writtenAt, String author, String text, boolean customerVisible) {
        this.ticket = ticket;
        this.writtenAt = writtenAt;
        this.author = author;
        this.text = it.cuffia.shared.domain.PlainText.text(text, "ticket.notes", 4000);
        this.customerVisible = customerVisible;
    }

    public Ticket getTicket() { return ticket; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getAuthor() { return author; }
    public String getText() { return text; }
    public boolean isCustomerVisible() { return customerVisible; }
}
