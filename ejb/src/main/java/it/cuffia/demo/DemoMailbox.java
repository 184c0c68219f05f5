package it.cuffia.demo;

import it.cuffia.channels.domain.MailProtocol;
import it.cuffia.channels.domain.Mailbox;
import it.cuffia.channels.domain.MailboxSettings;
import it.cuffia.channels.domain.SealedSecret;
import it.cuffia.channels.infrastructure.MailboxKey;
import it.cuffia.crm.domain.Client;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The demo's mailbox: {@value #ADDRESS} of Telefonia Aurora, read over plain IMAP from the local GreenMail that
 * {@code ./cuffia start} runs (system property {@code cuffia.demo.mailbox=host:port}; the test domain does not set
 * it, so its tests never see this mailbox). Made once: only while Aurora has no mailbox at all, so a restart, or a
 * demo database made before there was a demo mailbox, gets it once and an admin's changes to it stay.
 */
final class DemoMailbox {

    static final String ADDRESS = "assistenza@aurora-tel.demo";
    /** GreenMail runs without authentication: any password opens the mailbox. */
    private static final String PASSWORD = "demo";
    private static final Logger LOG = Logger.getLogger(DemoMailbox.class.getName());

    private DemoMailbox() {
    }

    /** The IMAP server of the demo mailbox, from {@code cuffia.demo.mailbox} ("host:port"); empty when not set. */
    static Optional<HostAndPort> configured(String property) {
        if (property == null || property.isBlank()) {
            return Optional.empty();
        }
        String value = property.trim();
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("cuffia.demo.mailbox must be host:port, not " + value);
        }
        return Optional.of(new HostAndPort(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1))));
    }

    record HostAndPort(String host, int port) {
    }

    static void ensure(EntityManager em) {
        Optional<HostAndPort> server = configured(System.getProperty("cuffia.demo.mailbox"));
        if (server.isEmpty()) {
            return;
        }
        Optional<Client> aurora = em.createQuery("select c from Client c where c.code = 'AURORA'", Client.class).getResultStream().findFirst();
        if (aurora.isEmpty()) {
            return;
        }
        boolean hasOne = em.createQuery("select count(m) from Mailbox m where m.client = :c", Long.class)
                .setParameter("c", aurora.get()).getSingleResult() > 0;
        if (hasOne) {
            return;
        }
        Mailbox mailbox = new Mailbox(aurora.get(), new MailboxSettings(ADDRESS, MailProtocol.IMAP, server.get().host(), server.get().port(),
                ADDRESS, "INBOX", true, false, true, null, null, "it", "Telefonia Aurora - Servizio clienti",
                "Servizio clienti Telefonia Aurora\nNumero verde 800 123 456 (lun-ven 9-18)"));
        mailbox.sealPassword(SealedSecret.seal(MailboxKey.get(), PASSWORD));
        em.persist(mailbox);
        LOG.info(() -> "Demo mailbox " + ADDRESS + " of Telefonia Aurora made, read from " + server.get().host() + ":" + server.get().port());
    }
}
