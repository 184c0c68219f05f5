package it.cuffia.batch.operations;

import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Writes why a chunk failed into the step's and the job's exit status, where admins read it on
 * the Batch jobs screen and in {@code asadmin list-batch-job-executions}.
 */
@Named
@Dependent
public class FailureReason implements ChunkListener {

    @Inject private StepContext step;
    @Inject private JobContext job;

    @Override
    public void beforeChunk() {
        // nothing to prepare: only a failure matters
    }

    @Override
    public void onError(Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = ExitStatus.failed(step.getStepName(), root);
        step.setExitStatus(text);
        job.setExitStatus(text);
    }

    @Override
    public void afterChunk() {
        // a chunk that commits needs no note
    }
}
