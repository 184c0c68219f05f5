package it.cuffia.ticketing.domain;

import it.cuffia.shared.domain.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What may be attached to a ticket: documents and images of a contact center, up to 5 MB, whose
 * content is what the sender says it is. The type is read from the bytes (Apache Tika's magic numbers,
 * not the file name): an HTML page sent as {@code text/plain} or a Windows program sent as a PDF is
 * refused. A file is read up to the limit and one byte more, never whole when it is larger.
 */
public final class AttachmentPolicy {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Characters of a file name (its column's). */
    public static final int MAX_NAME = 200;
    public static final Set<String> TYPES = Set.of(
            "application/pdf", "image/png", "image/jpeg", "image/tiff", "text/plain", "message/rfc822",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final String ZIP = "application/zip";
    private static final String OOXML = "application/x-tika-ooxml";

    /**
     * Besides the declared type itself, what the bytes may look like: Word and Excel files are ZIP
     * containers (telling them apart takes the full parsers, not the magic numbers), and an e-mail
     * without the usual first headers reads as plain text. Nothing else is accepted under another name.
     */
    private static final Map<String, Set<String>> ALSO = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of(ZIP, OOXML),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of(ZIP, OOXML),
            "message/rfc822", Set.of("text/plain"));

    private static final Tika TIKA = new Tika();

    private AttachmentPolicy() {
    }

    /** Name, size, declared type and the type of the content itself. */
    public static void check(String fileName, String contentType, byte[] content) {
        check(fileName, contentType, content == null ? 0 : content.length);
        String declared = type(contentType);
        String detected = detect(content);
        if (!matches(declared, detected)) {
            throw new DomainException("attachment.mismatch", fileName, detected, declared);
        }
    }

    public static void check(String fileName, String contentType, long size) {
        if (fileName == null || fileName.isBlank()) {
            throw new DomainException("attachment.name.required");
        }
        it.cuffia.shared.domain.PlainText.line(fileName, "attachment.name", MAX_NAME);
        if (size <= 0) {
            throw new DomainException("attachment.empty", fileName);
        }
        if (size > MAX_BYTES) {
            throw new DomainException("attachment.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        String type = type(contentType);
        if (!TYPES.contains(type)) {
            throw new DomainException("attachment.type", fileName, type);
        }
    }

    /** The type the bytes have, from their magic numbers ("application/octet-stream" when unknown). */
    public static String detect(byte[] content) {
        return type(TIKA.detect(content));
    }

    /** Whether content detected as {@code detected} may be stored as {@code declared}. */
    public static boolean matches(String declared, String detected) {
        String d = type(declared);
        String c = type(detected);
        return d.equals(c) || ALSO.getOrDefault(d, Set.of()).contains(c);
    }

    /**
     * The file from a stream, read up to {@link #MAX_BYTES} and one byte more: a larger one is refused
     * without reading the rest (a 40 MB body is never held in memory).
     */
    public static byte[] read(String fileName, InputStream in) {
        try {
            byte[] content = in.readNBytes((int) MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new DomainException("attachment.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the attachment " + fileName, e);
        }
    }

    private static String type(String contentType) {
        return contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
    }
}
