package it.cuffia.batch.operations;

import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes why a step failed into its and the job's exit status, where admins (and asadmin) read it. */
@Named
@Dependent
public class FailureReason implements StepListener {

    @Inject private StepContext step;
    @Inject private JobContext job;

    @Override
    public void beforeStep() {
        // nothing to prepare: only the outcome matters
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String reason = "FAILED in " + step.getStepName() + ": " + root.getClass().getSimpleName() + ": " + root.getMessage();
            String text = reason.length() > 500 ? reason.substring(0, 500) : reason;
            step.setExitStatus(text);
            job.setExitStatus(text);
        }
    }
}
