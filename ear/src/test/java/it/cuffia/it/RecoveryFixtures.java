package it.cuffia.it;

import it.cuffia.shared.application.BatchRunLeases;
import it.cuffia.shared.application.TimerLeases;
import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * In-server side of {@link JobRecoveryIT}: what a server that died in the middle of a run leaves behind (one server
 * cannot kill itself): the execution still STARTED in the job repository, and its lease, held by a JVM that is gone,
 * expired. The repository is found as BatchRepository finds it (PostgreSQL: the suite's schema; H2: the server's own).
 */
@Stateless
public class RecoveryFixtures {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    @Resource(lookup = "jdbc/cuffia")
    private DataSource suite;

    @Inject
    private BatchRunLeases leases;

    @Resource
    private SessionContext context;

    /** The run {@code executionId} (ended FAILED) as the repository shows a run whose server died: still running. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runningInTheRepository(long executionId) {
        try (Connection connection = repository().getConnection()) {
            for (String table : List.of("executioninstancedata", "stepexecutioninstancedata")) {
                try (PreparedStatement running = connection.prepareStatement("update " + table
                        + " set batchstatus = 'STARTED', exitstatus = null, endtime = null where jobexecid = ? and batchstatus = 'FAILED'")) {
                    running.setLong(1, executionId);
                    running.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lease a server holds on the run, as RunLease writes it (here: of a JVM that is gone, expired). */
    public void lease(long executionId, String jobName, String holder, Instant aliveUntil) {
        em.createNativeQuery("insert into batch_run_lease (execution_id, job_name, holder, alive_until) values (?, ?, ?, ?)")
                .setParameter(1, executionId).setParameter(2, jobName).setParameter(3, holder)
                .setParameter(4, SqlValues.timestamp(aliveUntil)).executeUpdate();
    }

    /** A lease this server holds, as RunLease.beforeJob takes it. */
    public void leaseHere(long executionId, String jobName) {
        lease(executionId, jobName, TimerLeases.holder(), Instant.now().plusSeconds(30));
    }

    /** What a chunk of the run asks first, in a transaction as a chunk's (RunLeaseHeld). */
    public boolean stillHeldHere(long executionId) {
        return leases.stillHeld(executionId);
    }

    /** The lease of the run passes to {@code holder}, as when another server claims it and restarts the run. */
    public void leaseTakenBy(long executionId, String holder) {
        em.createNativeQuery("update batch_run_lease set holder = ? where execution_id = ?").setParameter(1, holder)
                .setParameter(2, executionId).executeUpdate();
    }

    /**
     * Another server claims the run while it runs here, as JobRecovery on another instance would after this server
     * froze: as soon as the run's lease exists (RunLease.beforeJob), it is locked, as a claim locks it, and passes to
     * {@code holder}. Answers false if no lease appeared within a minute.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean takeOverWhenLeased(long executionId, String holder) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (context.getBusinessObject(RecoveryFixtures.class).takeOver(executionId, holder)) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** One attempt of takeOverWhenLeased, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean takeOver(long executionId, String holder) {
        if (em.createNativeQuery("select holder from batch_run_lease where execution_id = ? for update").setParameter(1, executionId)
                .getResultList().isEmpty()) {
            return false;
        }
        leaseTakenBy(executionId, holder);
        return true;
    }

    /** The lease is gone (claimed, or the run ended). */
    public void leaseDropped(long executionId) {
        em.createNativeQuery("delete from batch_run_lease where execution_id = ?").setParameter(1, executionId).executeUpdate();
    }

    /** How many leases the run holds (0 once it ended or was recovered). */
    public long leases(long executionId) {
        return SqlValues.asLong(em.createNativeQuery("select count(*) from batch_run_lease where execution_id = ?")
                .setParameter(1, executionId).getSingleResult());
    }

    private DataSource repository() throws SQLException {
        try (Connection connection = suite.getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "executioninstancedata", null)) {
            if (tables.next()) {
                return suite;
            }
        }
        try {
            return (DataSource) new InitialContext().lookup("jdbc/__TimerPool");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
