package it.cuffia.batch.operations;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The one thing the standard JobOperator cannot do (jakartaee/batch#157, "mark failed"): end an execution whose JVM
 * died. Its status stays STARTED in the job repository for ever, and the run cannot be told from a long one; the
 * recovery ({@link JobRecovery}) ends it here, in Payara's own tables, before restarting it through the JobOperator.
 *
 * <p>Where the repository is: the batch runtime's data source (domain.sh {@code batch_repository}). On PostgreSQL it is
 * the suite's {@code jdbc/cuffia}, in the suite's schema (Payara's PostgreSQL repository made the tables there, lower
 * case); on H2 it is the server's own {@code jdbc/__TimerPool} (upper case names; unquoted names find both). The
 * tables are Payara 6's ({@code executioninstancedata}: jobexecid, batchstatus, exitstatus, endtime, updatetime;
 * {@code stepexecutioninstancedata}: jobexecid, batchstatus, exitstatus, endtime), their times written as the
 * runtime writes them (a {@code timestamp} of the JVM's time zone). Outside transactions: autocommit, as the runtime.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRepository {

    private static final String EXECUTIONS = "executioninstancedata";
    private static final String SERVER_REPOSITORY = "jdbc/__TimerPool";

    @Resource(lookup = "jdbc/cuffia")
    private DataSource suite;

    /**
     * Ends an execution that is still {@code running} in the repository as {@code status} (FAILED or STOPPED) with
     * {@code exitStatus}, and its steps that were running with it. Answers whether it did: false if the execution was
     * no longer in one of those statuses (someone else ended it).
     */
    public boolean end(long executionId, BatchStatus status, String exitStatus, Instant at) {
        try (Connection connection = repository().getConnection()) {
            Timestamp time = new Timestamp(at.toEpochMilli());
            int ended;
            try (PreparedStatement update = connection.prepareStatement("update " + EXECUTIONS
                    + " set batchstatus = ?, exitstatus = ?, endtime = ?, updatetime = ? where jobexecid = ?"
                    + " and batchstatus in ('STARTING', 'STARTED', 'STOPPING')")) {
                update.setString(1, status.name());
                update.setString(2, exitStatus);
                update.setTimestamp(3, time);
                update.setTimestamp(4, time);
                update.setLong(5, executionId);
                ended = update.executeUpdate();
            }
            try (PreparedStatement steps = connection.prepareStatement("update stepexecutioninstancedata"
                    + " set batchstatus = ?, exitstatus = ?, endtime = ? where jobexecid = ?"
                    + " and batchstatus in ('STARTING', 'STARTED', 'STOPPING')")) {
                steps.setString(1, status.name());
                steps.setString(2, exitStatus);
                steps.setTimestamp(3, time);
                steps.setLong(4, executionId);
                steps.executeUpdate();
            }
            return ended == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not end batch execution " + executionId + " in the job repository", e);
        }
    }

    /** The batch runtime's data source: the suite's if its schema holds the repository (PostgreSQL), else the server's own. */
    private DataSource repository() throws SQLException {
        try (Connection connection = suite.getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), EXECUTIONS, null)) {
            if (tables.next()) {
                return suite;
            }
        }
        try {
            return (DataSource) new InitialContext().lookup(SERVER_REPOSITORY);
        } catch (NamingException e) {
            throw new IllegalStateException("no batch job repository in jdbc/cuffia nor in " + SERVER_REPOSITORY, e);
        }
    }
}
