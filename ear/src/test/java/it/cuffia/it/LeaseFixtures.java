package it.cuffia.it;

import it.cuffia.appointments.domain.MailMessage;
import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** In-server side of {@link TimerLeaseIT}: what another server would have written, and the outbox's rows. Each call is its own transaction. */
@Stateless
public class LeaseFixtures {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    /** The lease {@code name} as another server would hold it, whoever held it before (the row exists: a timer asked for it). */
    public void heldBy(String name, String holder, Instant until) {
        int rows = em.createNativeQuery("update timer_lease set holder = ?, expires_at = ? where name = ?")
                .setParameter(1, holder).setParameter(2, SqlValues.timestamp(until)).setParameter(3, name).executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("no lease " + name);
        }
    }

    /** A mail in the outbox, as the suite queues one. */
    public Long pendingMail(String recipient, Instant at) {
        MailMessage mail = new MailMessage(recipient, "Lease", "Una sola volta.", null, at, false);
        em.persist(mail);
        em.flush();
        return mail.getId();
    }

    public String mailStatus(Long id) {
        @SuppressWarnings("unchecked")
        List<Object> status = em.createNativeQuery("select status from mail_message where id = ?").setParameter(1, id).getResultList();
        return (String) status.get(0);
    }
}
