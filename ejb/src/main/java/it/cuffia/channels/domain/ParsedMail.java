package it.cuffia.channels.domain;

import java.util.List;
import java.util.Locale;

/**
 * An inbound message as the suite needs it, read from its MIME form: who wrote, what about, the text,
 * the files, and the headers that tell a person's mail from an automatic one.
 *
 * @param messageId    the Message-ID (angle brackets kept), or one made from the message's checksum when it has none
 * @param inReplyTo    the Message-IDs of In-Reply-To and References, most recent first
 * @param autoSubmitted the Auto-Submitted header (RFC 3834), or null
 * @param precedence   the Precedence header, or null
 * @param report       a delivery or disposition report (multipart/report, RFC 6522)
 * @param reportedText for a report, the text of its parts, the returned message's headers included (to find the ticket it is about)
 */
public record ParsedMail(String messageId, List<String> inReplyTo, String fromAddress, String fromName, String subject,
                         String text, List<Part> attachments, String autoSubmitted, String precedence, boolean report,
                         String reportedText, boolean autoReplyHeaders) {

    /** A file sent with the message. */
    public record Part(String fileName, String contentType, byte[] content) {
    }

    public ParsedMail {
        inReplyTo = List.copyOf(inReplyTo);
        attachments = List.copyOf(attachments);
        fromAddress = fromAddress == null ? null : fromAddress.trim().toLowerCase(Locale.ROOT);
    }
}
