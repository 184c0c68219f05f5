package it.cuffia.shared.application;

import it.cuffia.shared.domain.TimerLease;
import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Once per group (issue 18): every timer of the suite begins its round with {@code if (!leases.take(NAME, TERM))
 * return;}, so that of the servers of a deployment group only the one holding the timer's lease does the work.
 * The lease is a row of {@code timer_lease}, taken or renewed by one conditional UPDATE (the rule of
 * {@link TimerLease#takeableBy}), in a transaction of its own that commits before the round's work begins: the row
 * is never locked while the work runs (a mail round talks to an SMTP server for minutes), and the other servers'
 * timers are never kept waiting on it. A dead instance renews nothing: its lease expires and the next server whose
 * timer fires takes it. The work itself stays safe if two rounds ever overlap (a round longer than the lease's
 * term): each timer's work locks or checks what it changes, as it did before.
 *
 * <p>Why not persistent EJB timers in the group's store: Payara cannot redeploy an application whose automatic
 * persistent timers are stored (payara/Payara#4650, why every timer here is non-persistent); its deployment-group
 * timers need the same timer-service configuration on the DAS and every instance, and the data-grid store loses
 * every timer when the whole domain stops; and the single-server test domain could not show any of it. The lease
 * lives in the suite's own database, which every instance already shares, and is tested on H2 and PostgreSQL.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TimerLeases {

    /** This server: the Payara instance's name and its JVM (a restarted instance is another holder). */
    private static final String SELF = self();

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    /**
     * A lease is kept in the real time every server shares, not in the suite's business clock: a demo or test anchors
     * that clock at each server's start (ClockProducer), so after a restart it would begin again before the expiry the
     * previous run wrote, and its timers would wait as long as that run had lasted; two instances started minutes apart
     * would disagree by those minutes.
     */
    private static final Clock REAL_TIME = Clock.systemUTC();

    /** Whether this server holds (took or renewed) the lease {@code name} for {@code term} from now: then it does the round. */
    public boolean take(String name, Duration term) {
        return take(name, SELF, now(), term);
    }

    /** The time leases are taken and expire in. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Instant now() {
        return REAL_TIME.instant();
    }

    /**
     * Whether {@code holder} holds the lease {@code name} for {@code term} from {@code now}: taken or renewed by one
     * UPDATE whose condition is {@link TimerLease#takeableBy}; the row is written the first time a timer asks for it.
     * Two servers asking at once: the database orders the two updates on the row, and the second one finds it taken.
     */
    public boolean take(String name, String holder, Instant now, Duration term) {
        String who = TimerLease.holderName(holder);
        if (renew(name, who, now, term)) {
            return true;
        }
        // the first time a timer asks (or someone else holds it): its row, unheld and expired, unless it is there
        TimerLease unheld = TimerLease.unheld(name);
        int written = em.createNativeQuery("insert into timer_lease (name, holder, expires_at) values (?, null, ?) on conflict do nothing")
                .setParameter(1, unheld.name()).setParameter(2, SqlValues.timestamp(unheld.expiresAt())).executeUpdate();
        return written == 1 && renew(name, who, now, term);
    }

    /** The one conditional UPDATE, the twin of {@link TimerLease#takeableBy}: the holder renews, anyone else takes an expired lease. */
    private boolean renew(String name, String who, Instant now, Duration term) {
        return em.createNativeQuery("update timer_lease set holder = ?, expires_at = ? where name = ? and (holder = ? or expires_at <= ?)")
                .setParameter(1, who).setParameter(2, SqlValues.timestamp(TimerLease.expiry(now, term))).setParameter(3, name)
                .setParameter(4, who).setParameter(5, SqlValues.timestamp(now)).executeUpdate() == 1;
    }

    /** The lease as stored, if a server ever asked for it (the console of an operator, the tests). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TimerLease> find(String name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select name, holder, expires_at from timer_lease where name = ?")
                .setParameter(1, name).getResultList();
        return rows.stream().findFirst().map(row -> new TimerLease((String) row[0], (String) row[1], SqlValues.instant(row[2])));
    }

    /** The name this server holds leases under. */
    public static String holder() {
        return SELF;
    }

    private static String self() {
        RuntimeMXBean jvm = ManagementFactory.getRuntimeMXBean();
        // the instance name Payara sets (server for the DAS, the instance's name in a deployment group), then
        // pid@host and the JVM's start: unique per JVM, the same across redeploys of the application
        return TimerLease.holderName(System.getProperty("com.sun.aas.instanceName", "server") + " " + jvm.getName() + " "
                + Instant.ofEpochMilli(jvm.getStartTime()));
    }
}
