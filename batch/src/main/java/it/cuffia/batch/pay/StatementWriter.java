package it.cuffia.batch.pay;

import it.cuffia.batch.operations.ExitStatus;
import it.cuffia.pay.application.StatementCalculation;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * Stores the statements; approved ones stay as they are. The counts of stored and kept statements
 * survive a restart (persistent user data) and end up in the step's exit status.
 */
@Named
@Dependent
public class StatementWriter extends AbstractItemWriter {

    /** Statements stored and approved ones left unchanged so far. */
    public record Counts(int stored, int keptApproved) implements Serializable {
    }

    @Inject @BatchProperty private String month;
    @Inject private StatementCalculation statements;
    @Inject private JobContext job;
    @Inject private StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        Counts counts = step.getPersistentUserData() == null ? new Counts(0, 0) : (Counts) step.getPersistentUserData();
        int stored = counts.stored();
        int kept = counts.keptApproved();
        for (Object item : items) {
            StatementProcessor.AgentPay pay = (StatementProcessor.AgentPay) item;
            if (statements.store(pay.agentId(), YearMonth.parse(month.trim()), pay.pay(), job.getExecutionId())) {
                stored++;
            } else {
                kept++;
            }
        }
        Counts now = new Counts(stored, kept);
        step.setPersistentUserData(now);
        step.setExitStatus(ExitStatus.statements(stored, kept));
    }
}
