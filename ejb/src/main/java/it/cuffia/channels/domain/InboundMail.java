package it.cuffia.channels.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.ticketing.domain.Ticket;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message fetched from a mailbox, kept whole (its raw bytes) with what became of it. One per
 * Message-ID and client (a unique constraint): a delivery seen twice never makes two tickets.
 */
@Entity
@Table(name = "inbound_mail")
@NamedQuery(name = InboundMail.BY_MESSAGE_ID, query = "select m from InboundMail m where m.clientId = :client and m.messageId in :ids")
@NamedQuery(name = InboundMail.FAILED, query = "select m from InboundMail m join fetch m.mailbox where m.outcome = :outcome order by m.receivedAt desc")
@NamedQuery(name = InboundMail.RECENT, query = "select m from InboundMail m join fetch m.mailbox order by m.receivedAt desc, m.id desc")
@NamedQuery(name = InboundMail.ACKS_SINCE, query = "select count(m) from InboundMail m where m.fromAddress = :from and m.receivedAt >= :since and m.ack = :ack")
public class InboundMail extends AbstractEntity {

    public static final String BY_MESSAGE_ID = "InboundMail.byMessageId";
    public static final String FAILED = "InboundMail.failed";
    public static final String RECENT = "InboundMail.recent";
    public static final String ACKS_SINCE = "InboundMail.acksSince";

    /** What the message became. */
    public enum Outcome {
        /** A new ticket. */
        TICKET,
        /** A customer's message added to the ticket it answers. */
        THREADED,
        /** An answer that reopened a resolved ticket. */
        REOPENED,
        /** An answer to a closed ticket: a new ticket that follows it. */
        FOLLOW_UP,
        /** A delivery report about the suite's own mail, added to its ticket (or only kept). */
        BOUNCE,
        /** Could not be read: kept whole for an admin, with the reason. */
        FAILED
    }

    /** Whether the sender was acknowledged, and why not. */
    public enum Ack { SENT, AUTOMATED, SYSTEM_SENDER, RATE_LIMITED, NOT_NEEDED }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mailbox_id")
    private Mailbox mailbox;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "message_id", nullable = false, length = 250)
    private String messageId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "from_address", length = 200)
    private String fromAddress;

    @Column(length = 200)
    private String subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(length = 500)
    private String failure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Ack ack = Ack.NOT_NEEDED;

    @Column(name = "raw_size", nullable = false)
    private long rawSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] raw;

    protected InboundMail() {
    }

    private InboundMail(Mailbox mailbox, String messageId, Instant receivedAt, byte[] raw) {
        this.mailbox = mailbox;
        this.clientId = mailbox.getClient().getId();
        this.messageId = cut(messageId, 250);
        this.receivedAt = receivedAt;
        this.raw = raw.clone();
        this.rawSize = raw.length;
    }

    /** A message read, and what it became. */
    public static InboundMail handled(Mailbox mailbox, ParsedMail mail, Instant at, byte[] raw, Outcome outcome, Ticket ticket, Ack ack) {
        InboundMail inbound = new InboundMail(mailbox, mail.messageId(), at, raw);
        inbound.fromAddress = cut(mail.fromAddress(), 200);
        inbound.subject = cut(MailText.oneLine(mail.subject()), 200);
        inbound.outcome = outcome;
        inbound.ticket = ticket;
        inbound.ack = ack;
        return inbound;
    }

    /** A message that could not be read or stored as a ticket: kept whole with the reason. */
    public static InboundMail failed(Mailbox mailbox, String messageId, String from, String subject, Instant at, byte[] raw, String reason) {
        InboundMail inbound = new InboundMail(mailbox, messageId, at, raw);
        inbound.fromAddress = cut(from, 200);
        inbound.subject = cut(MailText.oneLine(subject), 200);
        inbound.outcome = Outcome.FAILED;
        inbound.failure = cut(reason, 500);
        return inbound;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Mailbox getMailbox() { return mailbox; }
    public Long getClientId() { return clientId; }
    public String getMessageId() { return messageId; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getFromAddress() { return fromAddress; }
    public String getSubject() { return subject; }
    public Ticket getTicket() { return ticket; }
    public Outcome getOutcome() { return outcome; }
    public String getFailure() { return failure; }
    public Ack getAck() { return ack; }
    public long getRawSize() { return rawSize; }
    public byte[] getRaw() { return raw.clone(); }
}
