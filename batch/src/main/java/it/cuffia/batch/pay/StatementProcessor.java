package it.cuffia.batch.pay;

import it.cuffia.pay.application.StatementCalculation;
import it.cuffia.pay.domain.MonthlyPay;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;

/** Computes one agent's month. {@code failOnAgent} is the operations drill (see DayTallyProcessor). */
@Named
@Dependent
public class StatementProcessor implements ItemProcessor {

    /** An agent's computed month, stored by the writer. */
    public record AgentPay(Long agentId, MonthlyPay pay) {
    }

    @Inject @BatchProperty private String month;
    @Inject @BatchProperty private String failOnAgent;
    @Inject private StatementCalculation statements;

    @Override
    public Object processItem(Object item) {
        Long agentId = (Long) item;
        if (failOnAgent != null && !failOnAgent.isBlank() && Long.valueOf(failOnAgent.trim()).equals(agentId)) {
            throw new IllegalStateException("drill: the run was told to fail on agent " + agentId);
        }
        return new AgentPay(agentId, statements.compute(agentId, YearMonth.parse(month.trim())));
    }
}
