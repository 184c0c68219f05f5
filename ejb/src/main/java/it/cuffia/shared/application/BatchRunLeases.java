package it.cuffia.shared.application;

import it.cuffia.shared.domain.BatchRunLease;
import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The leases of the batch runs ({@link BatchRunLease}): written when a run begins on this server, renewed by this
 * server's recovery round, removed when the run ends; an expired one is claimed by the first server whose round
 * finds it. Each call is a transaction of its own that commits at once, as {@link TimerLeases}; the time is the
 * real time those leases use ({@link TimerLeases#now()}), the holder this JVM ({@link TimerLeases#holder()}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BatchRunLeases {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    /** This server begins (or begins again, after a restart) the execution {@code executionId} of {@code jobName}. */
    public void begin(long executionId, String jobName, Instant now) {
        BatchRunLease lease = new BatchRunLease(executionId, jobName, TimerLeases.holder(), BatchRunLease.renewedAt(now));
        em.createNativeQuery("insert into batch_run_lease (execution_id, job_name, holder, alive_until) values (?, ?, ?, ?)")
                .setParameter(1, lease.executionId()).setParameter(2, lease.jobName()).setParameter(3, lease.holder())
                .setParameter(4, SqlValues.timestamp(lease.aliveUntil())).executeUpdate();
    }

    /** The run ended (completed, failed or stopped) on this server. */
    public void end(long executionId) {
        em.createNativeQuery("delete from batch_run_lease where execution_id = ? and holder = ?")
                .setParameter(1, executionId).setParameter(2, TimerLeases.holder()).executeUpdate();
    }

    /**
     * Whether this server still holds the lease of the run {@code executionId}, asked at each chunk's start in the
     * chunk's own transaction (RunLeaseHeld). The row stays locked until the chunk commits: a server claiming the lease
     * meanwhile waits for that commit, and restarts the run from the checkpoint it wrote; this server's next chunk then
     * finds the lease gone and stops. A server frozen past the lease's term that comes back thus writes nothing more.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean stillHeld(long executionId) {
        List<?> holders = em.createNativeQuery("select holder from batch_run_lease where execution_id = ? for update")
                .setParameter(1, executionId).getResultList();
        return holders.contains(TimerLeases.holder());
    }

    /** This server lives: every run it holds is renewed. Answers how many. */
    public int renew(Instant now) {
        return em.createNativeQuery("update batch_run_lease set alive_until = ? where holder = ?")
                .setParameter(1, SqlValues.timestamp(BatchRunLease.renewedAt(now))).setParameter(2, TimerLeases.holder())
                .executeUpdate();
    }

    /** The leases expired at {@code now} (their servers count as dead), oldest execution first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BatchRunLease> expired(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select execution_id, job_name, holder, alive_until from batch_run_lease "
                + "where alive_until <= ? order by execution_id").setParameter(1, SqlValues.timestamp(now)).getResultList();
        return rows.stream().map(row -> new BatchRunLease(SqlValues.asLong(row[0]), (String) row[1], (String) row[2],
                SqlValues.instant(row[3]))).toList();
    }

    /**
     * Claims an expired lease for this server's recovery round: deleted only if it is still expired (the twin of
     * {@link BatchRunLease#expiredAt}). Two servers claiming at once: the database orders the two deletes, the second
     * finds nothing; a server that renewed its lease in the meantime keeps it.
     */
    public boolean claim(long executionId, Instant now) {
        return em.createNativeQuery("delete from batch_run_lease where execution_id = ? and alive_until <= ?")
                .setParameter(1, executionId).setParameter(2, SqlValues.timestamp(now)).executeUpdate() == 1;
    }
}
