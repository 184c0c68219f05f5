package it.cuffia.channels.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.channels.domain.AutoReplyPolicy;
import it.cuffia.channels.domain.ParsedMail;
import it.cuffia.channels.domain.TicketReference;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class MimeReaderTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static byte[] bytes(String message, java.nio.charset.Charset charset) {
        return message.replace("\n", "\r\n").getBytes(charset);
    }

    @Test
    void encodedWordsInAnyCharsetAreDecoded() throws Exception {
        ParsedMail mail = MimeReader.read(bytes("""
                From: =?ISO-8859-1?Q?Nicol=F2_Ferr=E0?= <Nicolo@Example.COM>
                To: assistenza@aurora.example
                Subject: =?UTF-8?B?R3Vhc3RvIGFsIG1vZGVtIOKAkyDDqCB1cmdlbnRl?=
                Message-ID: <abc@example.com>
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: 8bit

                Perché non funziona? Città: Forlì.
                """, StandardCharsets.ISO_8859_1));
        assertEquals("Guasto al modem – è urgente", mail.subject());
        assertEquals("Nicolò Ferrà", mail.fromName());
        assertEquals("nicolo@example.com", mail.fromAddress());
        assertEquals("<abc@example.com>", mail.messageId());
        assertEquals("Perché non funziona? Città: Forlì.", mail.text());
        assertTrue(mail.attachments().isEmpty());
    }

    @Test
    void alternativePrefersPlainTextAndRelatedKeepsItsImages() throws Exception {
        String png = Base64.getMimeEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
        ParsedMail mail = MimeReader.read(bytes("""
                From: mario@rossi.example
                Subject: Foto
                Message-ID: <rel@x>
                In-Reply-To: <parent@x>
                References: <root@x> <parent@x>
                MIME-Version: 1.0
                Content-Type: multipart/related; boundary="R"

                --R
                Content-Type: multipart/alternative; boundary="A"

                --A
                Content-Type: text/plain; charset=UTF-8

                Ecco la foto.
                --A
                Content-Type: text/html; charset=UTF-8

                <p>Ecco <b>la foto</b>.</p><img src="cid:img1">
                --A--
                --R
                Content-Type: image/png
                Content-ID: <img1>
                Content-Transfer-Encoding: base64

                %s
                --R--
                """.formatted(png), StandardCharsets.US_ASCII));
        assertEquals("Ecco la foto.", mail.text());
        assertEquals(1, mail.attachments().size());
        assertEquals("image/png", mail.attachments().get(0).contentType());
        assertEquals(List.of("<parent@x>", "<root@x>"), mail.inReplyTo(), "In-Reply-To first, then References from the newest");
    }

    @Test
    void htmlOnlyIsCleanedToText() throws Exception {
        ParsedMail mail = MimeReader.read(bytes("""
                From: mario@rossi.example
                Subject: Solo HTML
                Content-Type: multipart/alternative; boundary="A"

                --A
                Content-Type: text/html; charset=UTF-8

                <p>Riga uno</p><script>alert(1)</script><p>Riga due</p>
                --A--
                """, StandardCharsets.US_ASCII));
        assertEquals("Riga uno\n\nRiga due", mail.text());
        assertTrue(mail.messageId().endsWith("@cuffia.invalid>"), "no Message-ID: one made from the bytes");
    }

    @Test
    void attachmentsKeepTheirDecodedNames() throws Exception {
        ParsedMail mail = MimeReader.read(bytes("""
                From: mario@rossi.example
                Subject: Contratto
                Content-Type: multipart/mixed; boundary="M"

                --M
                Content-Type: text/plain; charset=UTF-8

                In allegato.
                --M
                Content-Type: application/pdf; name="=?UTF-8?Q?contratto_firmato_=C3=A8.pdf?="
                Content-Disposition: attachment; filename="=?UTF-8?Q?contratto_firmato_=C3=A8.pdf?="
                Content-Transfer-Encoding: base64

                %s
                --M--
                """.formatted(Base64.getMimeEncoder().encodeToString(PDF)), StandardCharsets.US_ASCII));
        assertEquals("In allegato.", mail.text());
        assertEquals("contratto firmato è.pdf", mail.attachments().get(0).fileName());
        assertArrayEquals(PDF, mail.attachments().get(0).content());
    }

    @Test
    void aDeliveryReportNamesTheTicketOfTheMailThatBounced() throws Exception {
        ParsedMail mail = MimeReader.read(bytes("""
                From: MAILER-DAEMON@mx.example
                Subject: Undelivered Mail Returned to Sender
                Auto-Submitted: auto-replied
                Content-Type: multipart/report; report-type=delivery-status; boundary="D"

                --D
                Content-Type: text/plain

                The mail could not be delivered.
                --D
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; nobody@nowhere.example
                Action: failed
                Status: 5.1.1
                --D
                Content-Type: message/rfc822

                From: assistenza@aurora.example
                To: nobody@nowhere.example
                Subject: [#42] Abbiamo ricevuto la sua richiesta: Modem
                Message-ID: <ack@cuffia>

                Gentile cliente...
                --D--
                """, StandardCharsets.US_ASCII));
        assertTrue(mail.report());
        assertTrue(AutoReplyPolicy.isBounce(mail));
        assertTrue(AutoReplyPolicy.isAutomatic(mail));
        assertEquals(42L, TicketReference.in(mail.reportedText()).orElseThrow());
        assertEquals("The mail could not be delivered.", mail.text());
        assertEquals("message/rfc822", mail.attachments().get(0).contentType(), "the returned message is kept");
    }

    @Test
    void aMessageThatCannotBeReadSaysWhy() {
        byte[] broken = bytes("""
                From: mario@rossi.example
                Subject: Rotto
                Message-ID: <broken@x>
                Content-Type: multipart/mixed; boundary="NEVER"

                no boundary here at all
                """, StandardCharsets.US_ASCII);
        MimeReader.Unreadable unreadable = assertThrows(MimeReader.Unreadable.class, () -> MimeReader.read(broken));
        assertFalse(unreadable.getMessage().isBlank());
        assertEquals("<broken@x>", MimeReader.messageIdOf(broken), "its Message-ID still names it");
        assertEquals("Rotto", MimeReader.fromAndSubject(broken)[1]);
    }
}
