package it.cuffia.batch.leads;

import it.cuffia.outbound.application.LeadImportService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the import's status in step with its job: running, done, or failed with the reason. */
@Named
@Dependent // a bean-defining annotation: the batch module discovers annotated beans only
public class LeadImportListener implements JobListener {

    @Inject
    @BatchProperty
    private String importId;

    @Inject
    private JobContext job;

    @Inject
    private LeadImportService imports;

    @Override
    public void beforeJob() {
        imports.started(Long.valueOf(importId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED) {
            imports.finished(Long.valueOf(importId));
        } else {
            imports.failed(Long.valueOf(importId), job.getExitStatus() == null ? job.getBatchStatus().name() : job.getExitStatus());
        }
    }
}
