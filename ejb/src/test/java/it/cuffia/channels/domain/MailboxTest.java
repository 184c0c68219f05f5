package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class MailboxTest {

    private static MailboxSettings settings(String address, MailProtocol protocol, String host, Integer port, String user) {
        return new MailboxSettings(address, protocol, host, port, user, null, true, false, true, null, null, "it", null, null);
    }

    private static String refusal(MailboxSettings s) {
        return assertThrows(DomainException.class, () -> new Mailbox(new Client("C1", "Aurora"), s)).getMessageKey();
    }

    @Test
    void aMailboxIsSetUpWithTheProtocolsDefaults() {
        Mailbox box = new Mailbox(new Client("C1", "Aurora"), settings(" Assistenza@Aurora.example ", MailProtocol.POP3, "pop.aurora.example", null, "assistenza"));
        assertEquals("assistenza@aurora.example", box.getAddress());
        assertEquals(110, box.getPort());
        assertEquals("INBOX", box.getFolder());
        assertFalse(box.hasPassword());
    }

    @Test
    void eachWrongFieldIsSaid() {
        assertEquals("mailbox.required", refusal(settings(" ", MailProtocol.IMAPS, "imap.example", null, "u")));
        assertEquals("mailbox.address.invalid", refusal(settings("assistenza", MailProtocol.IMAPS, "imap.example", null, "u")));
        assertEquals("mailbox.host.invalid", refusal(settings("a@b.example", MailProtocol.IMAPS, "bad host!", null, "u")));
        assertEquals("mailbox.port.invalid", refusal(settings("a@b.example", MailProtocol.IMAPS, "imap.example", 70000, "u")));
        assertEquals("mailbox.protocol.required", refusal(settings("a@b.example", null, "imap.example", null, "u")));
        assertEquals("mailbox.required", refusal(settings("a@b.example", MailProtocol.IMAPS, "imap.example", null, null)));
    }
}
