package it.cuffia.batch.pay;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Passes each agent on to the writer, which computes and stores the chunk's agents together (a few queries for all of
 * them, not a dozen per agent). {@code failOnAgent} is the operations drill (see DayTallyProcessor): the chunk holding
 * that agent fails, and a restart continues from the last committed chunk.
 */
@Named
@Dependent
public class StatementProcessor implements ItemProcessor {

    @Inject @BatchProperty private String failOnAgent;

    @Override
    public Object processItem(Object item) {
        Long agentId = (Long) item;
        if (failOnAgent != null && !failOnAgent.isBlank() && Long.valueOf(failOnAgent.trim()).equals(agentId)) {
            throw new IllegalStateException("drill: the run was told to fail on agent " + agentId);
        }
        return agentId;
    }
}
