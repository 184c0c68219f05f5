package it.cuffia.appointments.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A mail the suite sends (appointment confirmations and notices, acknowledgements, the staff's answers to
 * tickets). Written in the same transaction as what it announces, sent afterwards; in demo mode kept here
 * instead of sent.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage extends AbstractEntity {

    public enum Status { PENDING, SENT, KEPT, FAILED }

    @Column(nullable = false, length = 160)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    /** An iCalendar invitation sent along, if any. */
    @Column(length = 8000)
    private String attachment;

    /** Where the recipient's answer goes (an inbound mailbox), if not to the sender. */
    @Column(name = "reply_to", length = 160)
    private String replyTo;

    /** An automatic answer (RFC 3834): sent with "Auto-Submitted: auto-replied". */
    @Column(name = "auto_reply", nullable = false)
    private boolean autoReply;

    /** The sender (a client's mailbox), if not the server's own; with the name shown beside it. */
    @Column(length = 160)
    private String sender;

    @Column(name = "sender_name", length = 120)
    private String senderName;

    /** The threading headers of an answer (RFC 5322): its own Message-ID, the one it answers, the thread. */
    @Column(name = "message_id", length = 250)
    private String messageId;

    @Column(name = "in_reply_to", length = 250)
    private String inReplyTo;

    /** The thread's Message-IDs, oldest first, separated by spaces. */
    @Column(name = "references_ids", length = 2000)
    private String referencesIds;

    /** The ticket an answer belongs to: a customer's answer to it threads there. */
    @Column(name = "ticket_id")
    private Long ticketId;

    /** Files of the ticket sent along (read when the mail is sent). */
    @ElementCollection
    @CollectionTable(name = "mail_message_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @Column(name = "attachment_id")
    @OrderColumn(name = "position")
    private List<Long> attachmentIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(length = 500)
    private String failure;

    protected MailMessage() {
    }

    public MailMessage(String recipient, String subject, String body, String attachment, Instant createdAt, boolean keepOnly) {
        this.recipient = recipient;
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.body = body.length() > 8000 ? body.substring(0, 8000) : body;
        this.attachment = attachment;
        this.createdAt = createdAt;
        this.status = keepOnly ? Status.KEPT : Status.PENDING;
    }

    /** An automatic answer to a mail received: the recipient's answer goes to {@code address} (a client's inbound mailbox). */
    public MailMessage autoReply(String address) {
        this.replyTo = address;
        this.autoReply = true;
        return this;
    }

    /**
     * The staff's answer to a ticket: sent from the client's mailbox {@code from}, threaded by its headers, with
     * the ticket's files {@code attachmentIds}.
     */
    public MailMessage answer(Long ticket, String from, String fromName, String ownMessageId, String answered, List<String> thread,
                              List<Long> files) {
        this.ticketId = ticket;
        this.sender = from;
        this.senderName = fromName;
        this.messageId = ownMessageId;
        this.inReplyTo = answered;
        this.referencesIds = thread.isEmpty() ? null : String.join(" ", thread);
        this.attachmentIds = new ArrayList<>(files);
        return this;
    }

    public void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        failure = null;
    }

    public void failed(String reason) {
        status = Status.FAILED;
        failure = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getAttachment() { return attachment; }
    public String getReplyTo() { return replyTo; }
    public boolean isAutoReply() { return autoReply; }
    public String getSender() { return sender; }
    public String getSenderName() { return senderName; }
    public String getMessageId() { return messageId; }
    public String getInReplyTo() { return inReplyTo; }
    public List<String> getReferences() {
        return referencesIds == null ? List.of() : List.of(referencesIds.split(" "));
    }
    public Long getTicketId() { return ticketId; }
    public List<Long> getAttachmentIds() { return List.copyOf(attachmentIds); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public Status getStatus() { return status; }
    public String getFailure() { return failure; }
}
