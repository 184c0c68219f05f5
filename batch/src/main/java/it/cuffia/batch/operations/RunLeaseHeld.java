package it.cuffia.batch.operations;

import it.cuffia.shared.application.BatchRunLeases;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Every chunk of every job begins by checking, in its own transaction, that this server still holds the run's lease
 * ({@link BatchRunLeases#stillHeld}): a server that came back after another restarted its run writes nothing more,
 * and the run's checkpoints are the restarted run's alone (issue 18).
 */
@Named
@Dependent
public class RunLeaseHeld extends AbstractChunkListener {

    @Inject private JobContext job;
    @Inject private BatchRunLeases leases;

    @Override
    public void beforeChunk() {
        if (!leases.stillHeld(job.getExecutionId())) {
            throw new RunTakenOver(job.getExecutionId());
        }
    }
}
