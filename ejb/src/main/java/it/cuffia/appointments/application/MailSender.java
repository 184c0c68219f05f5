package it.cuffia.appointments.application;

import it.cuffia.appointments.domain.MailMessage;
import it.cuffia.shared.application.TimerLeases;
import it.cuffia.shared.infrastructure.SqlValues;
import it.cuffia.ticketing.domain.TicketAttachment;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends the outbox through the server's Jakarta Mail session {@code mail/cuffia} (SMTP host, port
 * and credentials are set in the Payara admin console, JavaMail Sessions). Without that session
 * the mail waits, marked with the reason.
 *
 * <p>A mail leaves once even with several servers (issue 18): the round runs on the server holding the outbox's lease
 * ({@link TimerLeases}), and a round claims its mails with {@code SELECT … FOR UPDATE SKIP LOCKED}, so that two
 * rounds overlapping (a round longer than the lease, a server that took over while the old holder was still
 * sending) never send the same mail: the claimed rows stay locked until the round commits them as sent, and another
 * round skips them. A server that dies mid-round releases its locks with its connections, its mails still pending.
 */
@Singleton
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource(lookup = "mail/cuffia")
    private Session session;

    /** A round sends at most this many, through one connection (a burst of acknowledgements drains in minutes, not hours). */
    static final int ROUND = 200;

    /** The outbox's lease: three rounds. */
    public static final String LEASE = "mail-outbox";
    static final Duration TERM = Duration.ofSeconds(60);

    @Inject
    private TimerLeases leases;

    /** Not persistent: Payara cannot redeploy an application with stored schedules (payara/Payara#4650). */
    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    public void sendPending() {
        if (Mailer.keepOnly() || !leases.take(LEASE, TERM)) {
            return;
        }
        List<MailMessage> pending = claimPending();
        if (pending.isEmpty()) {
            return;
        }
        Transport transport;
        try {
            transport = session.getTransport();
            transport.connect();
        } catch (MessagingException unreachable) {
            LOG.warning(() -> pending.size() + " mails not sent, the mail server cannot be reached: " + reason(unreachable));
            pending.forEach(mail -> mail.failed(unreachable.getMessage()));
            return;
        }
        try (transport) {
            for (MailMessage mail : pending) {
                try {
                    Message message = mime(mail);
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                    mail.sent(clock.instant());
                } catch (MessagingException | IllegalStateException e) {
                    if (!transport.isConnected()) {
                        // the connection broke: this mail and the rest wait for the next round, none is lost or sent twice
                        LOG.warning(() -> "mail server connection lost, mails wait for the next round: " + reason(e));
                        break;
                    }
                    // the mail server's answer is what an operator needs, kept on the mail too; no stack trace per mail
                    LOG.warning(() -> "mail " + mail.getId() + " to " + mail.getRecipient() + " not sent: " + reason(e));
                    mail.failed(e.getMessage());
                }
            }
        } catch (MessagingException closing) {
            // what was sent is sent (marked above); only the goodbye to the server failed
            LOG.warning(() -> "mail server connection not closed cleanly: " + reason(closing));
        }
    }

    /** The round's mails, oldest first, locked for this round's transaction; mails another round holds are skipped. */
    private List<MailMessage> claimPending() {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from mail_message where status = ? order by id limit " + ROUND
                + " for update skip locked").setParameter(1, MailMessage.Status.PENDING.name()).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // the claimed rows in one query, not one find per mail
        return em.createQuery("select m from MailMessage m where m.id in :ids order by m.id", MailMessage.class)
                .setParameter("ids", ids.stream().map(SqlValues::asLong).toList()).getResultList();
    }

    /** The failure and its causes in one line ("Couldn't connect to host… ← Connection refused"). */
    public static String reason(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" ← ").append(cause.getMessage());
        }
        return text.toString();
    }

    private Message mime(MailMessage mail) throws MessagingException {
        MimeMessage message = new Threaded(session, mail.getMessageId());
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        if (mail.getSender() != null) {
            try {
                message.setFrom(new InternetAddress(mail.getSender(), mail.getSenderName(), "UTF-8"));
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
            }
        } else {
            message.setFrom(); // the session's sender (the mail resource's "from address"): a mail without From is refused
        }
        if (mail.getReplyTo() != null) {
            message.setReplyTo(InternetAddress.parse(mail.getReplyTo()));
        }
        if (mail.isAutoReply()) {
            message.setHeader("Auto-Submitted", "auto-replied");
        }
        if (mail.getInReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.getInReplyTo());
        }
        if (!mail.getReferences().isEmpty()) {
            message.setHeader("References", String.join(" ", mail.getReferences()));
        }
        List<MimeBodyPart> files = files(mail);
        if (files.isEmpty()) {
            message.setText(mail.getBody(), "UTF-8");
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), "UTF-8");
        Multipart parts = new MimeMultipart("mixed");
        parts.addBodyPart(text);
        for (MimeBodyPart file : files) {
            parts.addBodyPart(file);
        }
        message.setContent(parts);
        return message;
    }

    /** The invitation of an appointment mail, or the ticket's files an answer sends along. */
    private List<MimeBodyPart> files(MailMessage mail) throws MessagingException {
        List<MimeBodyPart> files = new java.util.ArrayList<>();
        if (mail.getAttachment() != null) {
            MimeBodyPart invitation = new MimeBodyPart();
            invitation.setContent(mail.getAttachment(), "text/calendar; charset=UTF-8; method=PUBLISH");
            invitation.setFileName("appuntamento.ics");
            files.add(invitation);
        }
        for (Long id : mail.getAttachmentIds()) {
            TicketAttachment attachment = em.find(TicketAttachment.class, id);
            if (attachment == null) {
                throw new MessagingException("the ticket's file " + id + " is no longer there");
            }
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(
                    new jakarta.mail.util.ByteArrayDataSource(attachment.getContent(), attachment.getContentType())));
            file.setFileName(attachment.getFileName()); // RFC 2231 parameters: any name, any language
            files.add(file);
        }
        return files;
    }

    /** A message that keeps the Message-ID the suite gave it (an answer's customer replies to it), where there is one. */
    private static final class Threaded extends MimeMessage {

        private final String messageId;

        Threaded(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
    }
}
