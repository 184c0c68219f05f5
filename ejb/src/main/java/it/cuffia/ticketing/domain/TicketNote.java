package it.cuffia.ticketing.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A note on a ticket: internal (for colleagues) or visible to the customer; written by the staff, or by the
 * customer through a channel (a mail, a web form). A staff note answered by e-mail says where it went.
 */
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

    @Column(name = "from_customer", nullable = false)
    private boolean fromCustomer;

    @Column(name = "emailed_to", length = 160)
    private String emailedTo;

    protected TicketNote() {
    }

    TicketNote(Ticket ticket, Instant writtenAt, String author, String text, boolean customerVisible, boolean fromCustomer) {
        this.ticket = ticket;
        this.writtenAt = writtenAt;
        this.author = author;
        this.text = it.cuffia.shared.domain.PlainText.text(text, "ticket.notes", 4000);
        this.customerVisible = customerVisible || fromCustomer;
        this.fromCustomer = fromCustomer;
    }

    /** This answer was also sent by e-mail to {@code address}. */
    void emailedTo(String address) {
        this.emailedTo = address;
    }

    public Ticket getTicket() { return ticket; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getAuthor() { return author; }
    public String getText() { return text; }
    public boolean isCustomerVisible() { return customerVisible; }
    public boolean isFromCustomer() { return fromCustomer; }
    public String getEmailedTo() { return emailedTo; }
}
