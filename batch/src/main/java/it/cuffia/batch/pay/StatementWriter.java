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
 * Computes the chunk's agents' months together and stores the statements; approved ones stay as they are. The counts
 * of stored and kept statements survive a restart (persistent user data) and end up in the step's exit status.
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
        YearMonth paid = YearMonth.parse(month.trim());
        List<Long> agentIds = items.stream().map(Long.class::cast).toList();
        StatementCalculation.Stored done = statements.store(statements.compute(agentIds, paid), paid, job.getExecutionId());
        Counts now = new Counts(counts.stored() + done.stored(), counts.keptApproved() + done.keptApproved());
        step.setPersistentUserData(now);
        step.setExitStatus(ExitStatus.statements(now.stored(), now.keptApproved()));
    }
}
