package it.cuffia.channels.infrastructure;

import it.cuffia.channels.domain.MailText;
import it.cuffia.channels.domain.ParsedMail;
import it.cuffia.shared.domain.Checksums;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw message (RFC 5322 bytes) with Jakarta Mail, the server's implementation: headers decoded
 * (RFC 2047 words in any charset, RFC 2231 file names), the text from multipart/alternative (plain text
 * preferred, HTML cleaned to text otherwise) and the root of multipart/related, every other part a file.
 * A message it cannot read raises {@link Unreadable} with the reason; the caller keeps it whole.
 */
public final class MimeReader {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    /** Why a message could not be read. */
    public static final class Unreadable extends Exception {
        public Unreadable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private MimeReader() {
    }

    /** The Message-ID the raw message carries, or one made from its bytes (the same bytes, the same id). */
    public static String messageIdOf(byte[] raw) {
        try {
            String id = new MimeMessage(SESSION, new ByteArrayInputStream(raw)).getHeader("Message-ID", null);
            Matcher m = id == null ? null : MESSAGE_ID.matcher(id);
            if (m != null && m.find()) {
                // longer than its column: named by its checksum, so the same id is still the same message
                return m.group().length() <= 250 ? m.group()
                        : "<" + Checksums.sha256Hex(m.group().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "@cuffia.long>";
            }
        } catch (MessagingException e) {
            // headers that cannot even be split: the checksum names the message
        }
        return "<" + Checksums.sha256Hex(raw) + "@cuffia.invalid>";
    }

    /** What {@link #messageIdOf} finds, with sender and subject as far as they can be read (for a message kept as failed). */
    public static String[] fromAndSubject(byte[] raw) {
        try {
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            String from = m.getHeader("From", null);
            String subject = m.getHeader("Subject", null);
            return new String[] {from == null ? null : decode(from), subject == null ? null : decode(subject)};
        } catch (MessagingException e) {
            return new String[] {null, null};
        }
    }

    public static ParsedMail read(byte[] raw) throws Unreadable {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Body body = new Body();
            walk(message, body, false);
            InternetAddress from = from(message);
            String subject = message.getSubject();
            List<String> answered = new ArrayList<>();
            ids(message.getHeader("In-Reply-To", " "), answered);
            List<String> references = new ArrayList<>();
            ids(message.getHeader("References", " "), references);
            for (int i = references.size() - 1; i >= 0; i--) {
                if (!answered.contains(references.get(i))) {
                    answered.add(references.get(i));
                }
            }
            boolean autoReplyHeaders = message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null
                    || message.getHeader("List-Id") != null;
            String text = body.text.toString();
            return new ParsedMail(messageIdOf(raw), answered, from == null ? null : from.getAddress(),
                    from == null ? null : from.getPersonal(), subject, MailText.tidy(text), body.files,
                    message.getHeader("Auto-Submitted", ","), message.getHeader("Precedence", ","), body.report,
                    body.report ? body.reported.toString() : null, autoReplyHeaders);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new Unreadable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static InternetAddress from(MimeMessage message) throws MessagingException {
        String header = message.getHeader("From", ",");
        if (header == null) {
            return null;
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(header, false);
            return addresses.length == 0 ? null : addresses[0];
        } catch (AddressException e) {
            throw new MessagingException("the sender's address cannot be read: " + header, e);
        }
    }

    private static void ids(String header, List<String> into) {
        if (header != null) {
            Matcher m = MESSAGE_ID.matcher(header);
            while (m.find()) {
                if (!into.contains(m.group())) {
                    into.add(m.group());
                }
            }
        }
    }

    /** What the walk through the parts collects. */
    private static final class Body {
        final StringBuilder text = new StringBuilder();
        final List<ParsedMail.Part> files = new ArrayList<>();
        boolean report;
        final StringBuilder reported = new StringBuilder();
        int inline;
    }

    private static void walk(Part part, Body body, boolean inReport) throws MessagingException, IOException {
        if (inReport && !part.isMimeType("multipart/*")) {
            body.reported.append(partText(part)).append('\n');
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            if (part.isMimeType("multipart/report")) {
                body.report = true;
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (i == 0 && child.isMimeType("text/*")) {
                        body.text.append(textOf(child));
                    }
                    walk(child, new Body(), true);
                    body.reported.append(partText(child)).append('\n');
                }
                // the original message comes back in a report: kept as a file of the bounce
                for (int i = 1; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (child.isMimeType("message/rfc822")) {
                        file(child, body);
                    }
                }
                return;
            }
            if (part.isMimeType("multipart/alternative")) {
                alternative(multipart, body);
                return;
            }
            boolean related = part.isMimeType("multipart/related");
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (related && i > 0) {
                    file(child, body); // an image shown inside the text: a file of the message too
                } else {
                    walk(child, body, false);
                }
            }
            return;
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (!attachment && part.isMimeType("text/plain")) {
            appendText(body, textOf(part));
        } else if (!attachment && part.isMimeType("text/html")) {
            appendText(body, MailText.fromHtml(textOf(part)));
        } else if (!inReport) {
            file(part, body);
        }
    }

    private static void alternative(Multipart multipart, Body body) throws MessagingException, IOException {
        BodyPart chosen = null;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            if (child.isMimeType("text/plain") && chosen == null) {
                chosen = child;
            }
        }
        if (chosen == null) {
            // no plain text: the richest part that has text (HTML, or HTML with its images in multipart/related)
            for (int i = multipart.getCount() - 1; i >= 0 && chosen == null; i--) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType("text/html") || child.isMimeType("multipart/*")) {
                    chosen = child;
                }
            }
        }
        if (chosen != null) {
            walk(chosen, body, false);
        }
    }

    private static void appendText(Body body, String text) {
        if (!text.isBlank()) {
            if (body.text.length() > 0) {
                body.text.append("\n\n");
            }
            body.text.append(text);
        }
    }

    private static void file(Part part, Body body) throws MessagingException, IOException {
        String name = part.getFileName();
        if (name != null && name.contains("=?")) {
            name = MimeUtility.decodeText(name);
        }
        String type = baseType(part.getContentType());
        if (name == null || name.isBlank()) {
            body.inline++;
            name = part.isMimeType("message/rfc822") ? "messaggio-" + body.inline + ".eml" : "parte-" + body.inline + extension(type);
        }
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readAllBytes();
        }
        if (part.isMimeType("message/rfc822")) {
            // the message itself, as it was sent: its bytes, not its decoded content
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Object inner = part.getContent();
            if (inner instanceof MimeMessage m) {
                m.writeTo(out);
                content = out.toByteArray();
            }
        }
        body.files.add(new ParsedMail.Part(name, type, content));
    }

    private static String extension(String type) {
        return switch (type) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/tiff" -> ".tif";
            case "application/pdf" -> ".pdf";
            case "text/plain" -> ".txt";
            default -> ".bin";
        };
    }

    /** The text of a text part in its charset; a charset Java does not know is read as Latin-1 rather than refused. */
    private static String textOf(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
        } catch (UnsupportedEncodingException e) {
            // fall through: the bytes, decoded as well as can be
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        return new String(bytes, charsetOf(part.getContentType()));
    }

    private static Charset charsetOf(String contentType) {
        try {
            String name = new ContentType(contentType).getParameter("charset");
            return name == null ? StandardCharsets.US_ASCII : Charset.forName(MimeUtility.javaCharset(name));
        } catch (MessagingException | IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    /** Headers and text of a part of a report (the returned message's subject names its ticket). */
    private static String partText(Part part) {
        try {
            if (part.isMimeType("message/rfc822")) {
                Object inner = part.getContent();
                if (inner instanceof MimeMessage m) {
                    return "Subject: " + m.getSubject() + "\nMessage-ID: " + m.getMessageID();
                }
            }
            try (InputStream in = part.getInputStream()) {
                return decode(new String(in.readNBytes(64 * 1024), StandardCharsets.ISO_8859_1));
            }
        } catch (MessagingException | IOException e) {
            return "";
        }
    }

    private static String decode(String header) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (UnsupportedEncodingException e) {
            return header;
        }
    }

    private static String baseType(String contentType) {
        try {
            return new ContentType(contentType).getBaseType().toLowerCase(java.util.Locale.ROOT);
        } catch (MessagingException e) {
            return "application/octet-stream";
        }
    }
}
