package it.cuffia.batch.pay;

import it.cuffia.pay.application.StatementCalculation;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/** The month's agents in id order; the checkpoint is how many were done. */
@Named
@Dependent
public class AgentReader extends AbstractItemReader {

    @Inject @BatchProperty private String month;
    @Inject private StatementCalculation statements;

    private List<Long> agents;
    private int done;

    @Override
    public void open(Serializable checkpoint) {
        agents = statements.agentsFor(YearMonth.parse(month.trim()));
        done = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return done < agents.size() ? agents.get(done++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return done;
    }
}
