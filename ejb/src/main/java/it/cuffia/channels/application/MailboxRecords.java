package it.cuffia.channels.application;

import it.cuffia.channels.domain.Mailbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The poller's short transactions on mailboxes (it has none of its own). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailboxRecords {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<Long> polled() {
        return em.createNamedQuery(Mailbox.POLLED, Mailbox.class).getResultList().stream().map(Mailbox::getId).toList();
    }

    public Mailbox forPolling(Long id) {
        Mailbox mailbox = em.find(Mailbox.class, id);
        if (mailbox == null) {
            throw new it.cuffia.shared.domain.NotFoundException("mailbox", id);
        }
        mailbox.getClient().getName();
        return mailbox;
    }

    public void polled(Long id, String error) {
        Mailbox mailbox = em.find(Mailbox.class, id);
        if (mailbox != null) {
            mailbox.polled(clock.instant(), error);
        }
    }
}
