package it.cuffia.appointments.application;

import it.cuffia.appointments.domain.MailMessage;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.infrastructure.PagedQuery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Mail leaves through an outbox: written in the transaction of what it announces (so a rolled
 * back booking sends nothing), sent by {@link MailSender}. In demo mode it is only kept, for the
 * admin to read.
 */
@Stateless
public class Mailer {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CallerContext callers;

    public static boolean keepOnly() {
        return Boolean.getBoolean("cuffia.demo") && !Boolean.getBoolean("cuffia.mail.send");
    }

    public void queue(String recipient, String subject, String body, String ics) {
        if (recipient == null || recipient.isBlank()) {
            return; // no address, no mail: the booking itself is what matters
        }
        em.persist(new MailMessage(recipient, subject, body, ics, clock.instant(), keepOnly()));
    }

    /** An automatic answer (an acknowledgement of a mail received), answered into the client's mailbox {@code replyTo}. */
    public void queueAutoReply(String recipient, String subject, String body, String replyTo) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        em.persist(new MailMessage(recipient, subject, body, null, clock.instant(), keepOnly()).autoReply(replyTo));
    }

    /** The staff's answer to a ticket, sent from the client's mailbox and threaded (see {@link MailMessage#answer}). */
    public MailMessage queueAnswer(String recipient, String subject, String body, Long ticketId, String from, String fromName,
                                   String messageId, String inReplyTo, java.util.List<String> references, java.util.List<Long> attachmentIds) {
        MailMessage mail = new MailMessage(recipient, subject, body, null, clock.instant(), keepOnly())
                .answer(ticketId, from, fromName, messageId, inReplyTo, references, attachmentIds);
        em.persist(mail);
        return mail;
    }

    public Page<MailMessage> outbox(PageRequest request) {
        callers.caller().require(Role.ADMIN);
        return PagedQuery.of(em, MailMessage.class)
                .searchable("recipient", "recipient")
                .searchable("subject", "subject")
                .field("status", "status")
                .field("createdAt", "createdAt")
                .orderBy("createdAt")
                .run(request.sortedByDefault("createdAt", false));
    }
}
