package it.cuffia.ticketing.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    private static final byte[] HTML = "<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] PROGRAM = program();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    @Test
    void theTypeIsReadFromTheBytes() {
        assertEquals("text/html", AttachmentPolicy.detect(HTML));
        assertEquals("application/pdf", AttachmentPolicy.detect(PDF));
        assertEquals("image/png", AttachmentPolicy.detect(PNG));
        assertEquals("text/plain", AttachmentPolicy.detect("Spie del modem: DSL lampeggiante".getBytes(StandardCharsets.UTF_8)));
        assertFalse(AttachmentPolicy.detect(PROGRAM).equals("application/pdf"), AttachmentPolicy.detect(PROGRAM));
    }

    @Test
    void aFileNameIsOneVisibleLineThatFitsItsColumn() {
        AttachmentPolicy.check("f".repeat(AttachmentPolicy.MAX_NAME - 4) + ".pdf", "application/pdf", PDF);

        DomainException tooLong = assertThrows(DomainException.class,
                () -> AttachmentPolicy.check("f".repeat(AttachmentPolicy.MAX_NAME) + ".pdf", "application/pdf", PDF));
        assertEquals("text.tooLong", tooLong.getMessageKey());
        DomainException nul = assertThrows(DomainException.class, () -> AttachmentPolicy.check("fattura\0.pdf", "application/pdf", PDF));
        assertEquals("text.invisibleCharacters", nul.getMessageKey());
    }

    @Test
    void anHtmlPageDeclaredAsTextIsRefused() {
        DomainException refused = assertThrows(DomainException.class, () -> AttachmentPolicy.check("nota.txt", "text/plain", HTML));
        assertEquals("attachment.mismatch", refused.getMessageKey());
    }

    @Test
    void aProgramDeclaredAsPdfIsRefused() {
        DomainException refused = assertThrows(DomainException.class, () -> AttachmentPolicy.check("fattura.pdf", "application/pdf", PROGRAM));
        assertEquals("attachment.mismatch", refused.getMessageKey());
    }

    @Test
    void filesThatAreWhatTheySayAreAccepted() throws IOException {
        assertDoesNotThrow(() -> AttachmentPolicy.check("fattura.pdf", "application/pdf", PDF));
        assertDoesNotThrow(() -> AttachmentPolicy.check("modem.png", "image/png", PNG));
        assertDoesNotThrow(() -> AttachmentPolicy.check("nota.txt", "text/plain; charset=UTF-8", "Ciao, è tutto a posto".getBytes(StandardCharsets.UTF_8)));
        assertDoesNotThrow(() -> AttachmentPolicy.check("mail.eml", "message/rfc822",
                "From: cliente@example.com\r\nTo: assistenza@example.com\r\nSubject: guasto\r\n\r\nIl modem non va".getBytes(StandardCharsets.UTF_8)));
        byte[] docx = zip("word/document.xml");
        assertDoesNotThrow(() -> AttachmentPolicy.check("lettera.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx), AttachmentPolicy.detect(docx));
    }

    @Test
    void onlyContainersAndPlainTextStandInForAnotherType() {
        assertTrue(AttachmentPolicy.matches("application/pdf", "application/pdf"));
        assertTrue(AttachmentPolicy.matches("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip"));
        assertTrue(AttachmentPolicy.matches("message/rfc822", "text/plain"));
        assertFalse(AttachmentPolicy.matches("text/plain", "text/html"));
        assertFalse(AttachmentPolicy.matches("application/pdf", "application/octet-stream"), "unknown bytes are not a PDF");
        assertFalse(AttachmentPolicy.matches("image/png", "image/jpeg"));
        assertFalse(AttachmentPolicy.matches("application/pdf", "application/zip"));
    }

    @Test
    void aStreamIsReadUpToTheLimitAndOneByteMore() {
        byte[] limit = new byte[(int) AttachmentPolicy.MAX_BYTES];
        assertArrayEquals(limit, AttachmentPolicy.read("scansione.pdf", new ByteArrayInputStream(limit)));

        CountingStream forty = new CountingStream(40L * 1024 * 1024);
        DomainException refused = assertThrows(DomainException.class, () -> AttachmentPolicy.read("enorme.pdf", forty));
        assertEquals("attachment.tooLarge", refused.getMessageKey());
        assertEquals(AttachmentPolicy.MAX_BYTES + 1, forty.read, "stopped one byte past the limit, not at 40 MB");
    }

    private static byte[] program() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A body of {@code size} zero bytes that counts what was read of it. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            read += n;
            return n;
        }
    }
}
