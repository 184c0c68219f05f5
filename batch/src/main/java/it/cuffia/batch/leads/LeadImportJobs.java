package it.cuffia.batch.leads;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import it.cuffia.outbound.application.LeadImportService;
import it.cuffia.outbound.domain.LeadImport;
import it.cuffia.shared.domain.DomainException;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the lead-import job for an uploaded list. Outside any transaction: the upload must be
 * committed before the job's own threads read it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeadImportJobs {

    public static final String JOB = "lead-import";
    private static final Logger LOG = Logger.getLogger(LeadImportJobs.class.getName());

    @Inject
    private LeadImportService imports;

    /** Starts the job; if the batch runtime refuses, the import is marked failed and the admin told so. */
    public long start(Long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", importId.toString());
        try {
            return operator().start(JOB, parameters);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "lead import " + importId + " could not start", e);
            imports.failed(importId, String.valueOf(e.getMessage()));
            throw new DomainException("leads.import.notStarted");
        }
    }

    /** Runs a failed import again: from its last checkpoint, or from the start if it never ran. */
    public long restart(Long importId) {
        LeadImport upload = imports.find(importId);
        if (upload.getJobExecution() == null) {
            return start(importId);
        }
        return operator().restart(upload.getJobExecution(), new Properties());
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
