package it.cuffia.batch.operations;

import it.cuffia.shared.application.BatchRunLeases;
import it.cuffia.shared.application.TimerLeases;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The lease of a run (issue 18, {@link it.cuffia.shared.domain.BatchRunLease}): taken by the server that runs it, in
 * the job's own thread, before its first step (every job of the suite lists it), and given back when the run ends,
 * however it ends. A JVM that dies gives nothing back: {@link JobRecovery} finds the lease expired.
 */
@Named
@Dependent
public class RunLease implements JobListener {

    @Inject private JobContext job;
    @Inject private BatchRunLeases leases;
    @Inject private TimerLeases time;

    @Override
    public void beforeJob() {
        leases.begin(job.getExecutionId(), job.getJobName(), time.now());
    }

    @Override
    public void afterJob() {
        leases.end(job.getExecutionId());
    }
}
