package it.cuffia.channels.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The e-mail that carries the staff's answer to a ticket, as a customer's mail client expects it: the ticket's
 * reference in the subject, the answer, the mailbox's signature, the conversation below it quoted ("> "), newest
 * first, and the headers that thread it (its own Message-ID, In-Reply-To the customer's last message, References
 * the thread). A customer's answer to it comes back to the ticket by either the reference or the headers.
 */
public record ReplyMail(String subject, String body, String messageId, String inReplyTo, List<String> references) {

    /** What the body may hold (the outbox's column); the oldest quoted messages give way first. */
    public static final int MAX_BODY = 8000;

    /** What the files sent along may weigh together (mail servers commonly refuse 25 MB once encoded). */
    public static final long MAX_ATTACHMENT_BYTES = 15L * 1024 * 1024;

    /** RFC 5322 §3.6.4 lets a long thread keep its first message and the latest ones. */
    static final int MAX_REFERENCES = 10;

    /** A message of the conversation, quoted below the answer. */
    public record Quoted(Instant at, String who, String text) {
    }

    /**
     * @param thread the conversation's Message-IDs, oldest first (the customer's mails and the earlier answers)
     * @param answered the customer's last message (In-Reply-To), or null when the customer never wrote by e-mail
     * @param history the conversation before this answer, newest first
     */
    public static ReplyMail compose(long ticketId, String ticketSubject, String answer, String signature, String mailboxAddress,
                                    List<String> thread, String answered, List<Quoted> history, ChannelTexts texts, ZoneId zone) {
        String subject = MailText.fit(TicketReference.tag(MailText.oneLine(ticketSubject), ticketId), 200, "…");
        StringBuilder body = new StringBuilder(answer.strip());
        if (signature != null && !signature.isBlank()) {
            body.append("\n\n-- \n").append(signature.strip()); // "-- " on its own line: mail clients know a signature by it
        }
        String head = body.toString();
        String quote = quote(history, texts, zone, MAX_BODY - head.length() - 2);
        String text = quote.isEmpty() ? head : head + "\n\n" + quote;
        return new ReplyMail(subject, MailText.fit(text, MAX_BODY, "…"), messageId(ticketId, mailboxAddress), answered, references(thread));
    }

    public static void checkAttachments(long totalBytes) {
        if (totalBytes > MAX_ATTACHMENT_BYTES) {
            throw new it.cuffia.shared.domain.DomainException("reply.attachments.tooLarge", MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
    }

    /**
     * Whether a message's id is its sender's: the suite names a message without a usable Message-ID by its checksum
     * (see MimeReader), a name nobody else knows, which threads nothing.
     */
    public static boolean threads(String messageId) {
        return messageId != null && !messageId.endsWith("@cuffia.invalid>") && !messageId.endsWith("@cuffia.long>");
    }

    /** A Message-ID of the mailbox's domain that names its ticket, unique by a random part. */
    static String messageId(long ticketId, String mailboxAddress) {
        String domain = mailboxAddress.substring(mailboxAddress.indexOf('@') + 1);
        return "<cuffia." + ticketId + "." + UUID.randomUUID() + "@" + domain + ">";
    }

    static List<String> references(List<String> thread) {
        if (thread.size() <= MAX_REFERENCES) {
            return List.copyOf(thread);
        }
        List<String> kept = new ArrayList<>();
        kept.add(thread.get(0));
        kept.addAll(thread.subList(thread.size() - (MAX_REFERENCES - 1), thread.size()));
        return kept;
    }

    /** The conversation quoted, newest first, as many whole messages as fit in {@code room} characters. */
    static String quote(List<Quoted> history, ChannelTexts texts, ZoneId zone, int room) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.locale()).withZone(zone);
        StringBuilder quoted = new StringBuilder();
        for (Quoted message : history) {
            StringBuilder one = new StringBuilder(texts.say("reply.wrote", when.format(message.at()), message.who())).append('\n');
            message.text().strip().lines().forEach(line -> one.append(line.startsWith(">") ? ">" : "> ").append(line).append('\n'));
            String separated = quoted.isEmpty() ? one.toString() : "\n" + one;
            if (quoted.length() + separated.length() > room) {
                if (quoted.isEmpty() && room > 200) {
                    quoted.append(MailText.fit(one.toString(), room, "…"));
                }
                break;
            }
            quoted.append(separated);
        }
        return quoted.toString().stripTrailing();
    }
}
