package it.cuffia.it;

import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
