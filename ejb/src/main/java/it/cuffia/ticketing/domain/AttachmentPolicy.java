package it.cuffia.ticketing.domain;

import it.cuffia.shared.domain.DomainException;
import java.util.Locale;
import java.util.Set;

/** What may be attached to a ticket: documents and images of a contact center, up to 5 MB. */
public final class AttachmentPolicy {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final Set<String> TYPES = Set.of(
            "application/pdf", "image/png", "image/jpeg", "image/tiff", "text/plain", "message/rfc822",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private AttachmentPolicy() {
    }

    public static void check(String fileName, String contentType, long size) {
        if (fileName == null || fileName.isBlank()) {
            throw new DomainException("attachment.name.required");
        }
        if (size <= 0) {
            throw new DomainException("attachment.empty", fileName);
        }
        if (size > MAX_BYTES) {
            throw new DomainException("attachment.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        if (!TYPES.contains(type)) {
            throw new DomainException("attachment.type", fileName, type);
        }
    }
}
