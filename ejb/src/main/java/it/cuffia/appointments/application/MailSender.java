package it.cuffia.appointments.application;

import it.cuffia.appointments.domain.MailMessage;
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
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends the outbox through the server's Jakarta Mail session {@code mail/cuffia} (SMTP host, port
 * and credentials are set in the Payara admin console, JavaMail Sessions). Without that session
 * the mail waits, marked with the reason.
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

    /** Not persistent: Payara cannot redeploy an application with stored schedules (payara/Payara#4650). */
    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    public void sendPending() {
        if (Mailer.keepOnly()) {
            return;
        }
        List<MailMessage> pending = em.createQuery("select m from MailMessage m where m.status = :s order by m.id", MailMessage.class)
                .setParameter("s", MailMessage.Status.PENDING).setMaxResults(50).getResultList();
        for (MailMessage mail : pending) {
            try {
                Transport.send(mime(mail));
                mail.sent(clock.instant());
            } catch (MessagingException e) {
                // the mail server's answer is what an operator needs, kept on the mail too; no stack trace per mail
                LOG.warning(() -> "mail " + mail.getId() + " to " + mail.getRecipient() + " not sent: " + reason(e));
                mail.failed(e.getMessage());
            }
        }
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
        MimeMessage message = new MimeMessage(session);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        if (mail.getReplyTo() != null) {
            message.setReplyTo(InternetAddress.parse(mail.getReplyTo()));
        }
        if (mail.isAutoReply()) {
            message.setHeader("Auto-Submitted", "auto-replied");
        }
        if (mail.getAttachment() == null) {
            message.setText(mail.getBody(), "UTF-8");
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), "UTF-8");
        MimeBodyPart invitation = new MimeBodyPart();
        invitation.setContent(mail.getAttachment(), "text/calendar; charset=UTF-8; method=PUBLISH");
        invitation.setFileName("appuntamento.ics");
        Multipart parts = new MimeMultipart("mixed");
        parts.addBodyPart(text);
        parts.addBodyPart(invitation);
        message.setContent(parts);
        return message;
    }
}
