package it.cuffia.channels.application;

import it.cuffia.channels.domain.InboundMail;
import it.cuffia.channels.domain.Mailbox;
import it.cuffia.channels.domain.MailboxSettings;
import it.cuffia.channels.domain.SealedSecret;
import it.cuffia.channels.infrastructure.MailboxKey;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Admins set up the clients' mailboxes, fetch them on demand and read the messages that could not become tickets. */
@Stateless
public class MailboxService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private MailPoller poller;

    public List<Mailbox> all() {
        admin();
        return em.createNamedQuery(Mailbox.ALL, Mailbox.class).getResultList();
    }

    public Mailbox get(Long id) {
        admin();
        Mailbox mailbox = em.find(Mailbox.class, id);
        if (mailbox == null) {
            throw new NotFoundException("mailbox", id);
        }
        return mailbox;
    }

    /** A new mailbox; the password, if given, is sealed at once and never shown again. */
    public Mailbox create(Long clientId, MailboxSettings settings, String password) {
        admin();
        Client client = clientId == null ? null : em.find(Client.class, clientId);
        if (client == null) {
            throw new DomainException("mailbox.client.required");
        }
        Mailbox mailbox = new Mailbox(client, settings);
        requireFree(mailbox.getAddress(), null);
        setPassword(mailbox, password);
        em.persist(mailbox);
        em.flush();
        return mailbox;
    }

    /** New settings; a blank password keeps the one set. */
    public Mailbox update(Long id, long version, MailboxSettings settings, String password) {
        Mailbox mailbox = get(id);
        if (mailbox.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        mailbox.change(settings);
        requireFree(mailbox.getAddress(), id);
        setPassword(mailbox, password);
        em.flush();
        return mailbox;
    }

    /** One poll of the mailbox now (the button "Fetch now", {@code POST /api/mailboxes/{id}/fetch}). */
    public FetchResult fetchNow(Long id) {
        get(id);
        return poller.poll(id);
    }

    /** The messages that could not become tickets, newest first. */
    public List<InboundMail> failed() {
        admin();
        return em.createNamedQuery(InboundMail.FAILED, InboundMail.class)
                .setParameter("outcome", InboundMail.Outcome.FAILED).setMaxResults(200).getResultList();
    }

    /** The latest messages fetched, whatever became of them. */
    public List<InboundMail> recent(int max) {
        admin();
        List<InboundMail> recent = em.createNamedQuery(InboundMail.RECENT, InboundMail.class).setMaxResults(max).getResultList();
        recent.forEach(m -> {
            if (m.getTicket() != null) {
                m.getTicket().getId();
            }
        });
        return recent;
    }

    /** A message as it arrived (.eml), for an admin to read. */
    public InboundMail message(Long id) {
        admin();
        InboundMail message = em.find(InboundMail.class, id);
        if (message == null) {
            throw new NotFoundException("inboundMail", id);
        }
        message.getRaw();
        return message;
    }

    private void setPassword(Mailbox mailbox, String password) {
        if (password != null && !password.isEmpty()) {
            if (password.length() > 200) {
                throw new DomainException("text.tooLong", it.cuffia.shared.domain.Text.of("mailbox.password"), 200, password.length());
            }
            mailbox.sealPassword(SealedSecret.seal(MailboxKey.get(), password));
        }
    }

    private void requireFree(String address, Long id) {
        boolean taken = em.createQuery("select m.id from Mailbox m where lower(m.address) = :a", Long.class)
                .setParameter("a", address).getResultStream().anyMatch(other -> !other.equals(id));
        if (taken) {
            throw new DomainException("mailbox.address.taken", address);
        }
    }

    private void admin() {
        callers.caller().require(Role.ADMIN);
    }
}
