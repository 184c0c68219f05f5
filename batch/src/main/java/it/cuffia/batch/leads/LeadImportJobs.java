package it.cuffia.batch.leads;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;

/**
 * Starts the lead-import job for an uploaded list. Outside any transaction: the upload must be
 * committed before the job's own threads read it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeadImportJobs {

    public static final String JOB = "lead-import";

    public long start(Long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", importId.toString());
        return operator().start(JOB, parameters);
    }

    /** Runs a failed or stopped import again from its last checkpoint. */
    public long restart(long execution) {
        return operator().restart(execution, new Properties());
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
