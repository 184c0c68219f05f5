package it.cuffia.appointments.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail the suite sends (appointment confirmations and notices). Written in the same transaction
 * as what it announces, sent afterwards; in demo mode kept here instead of sent.
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
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public Status getStatus() { return status; }
    public String getFailure() { return failure; }
}
