package it.cuffia.batch.operations;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Why a partitioned step failed: {@link FailureReason} writes a failed chunk's reason into its partition's exit status,
 * which the runtime hands to the step's analyzer on the step's own thread; the first failed partition's reason becomes
 * the step's and the job's exit status, as an unpartitioned step's chunk writes it.
 */
@Named
@Dependent
public class PartitionFailureReason extends AbstractPartitionAnalyzer {

    @Inject private StepContext step;
    @Inject private JobContext job;

    @Override
    public void analyzeStatus(BatchStatus status, String exitStatus) {
        if (status == BatchStatus.FAILED && ExitStatus.isReason(exitStatus) && step.getExitStatus() == null) {
            step.setExitStatus(exitStatus);
            job.setExitStatus(exitStatus);
        }
    }
}
