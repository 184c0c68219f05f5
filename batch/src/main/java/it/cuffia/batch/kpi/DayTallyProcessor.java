package it.cuffia.batch.kpi;

import it.cuffia.kpi.application.KpiCalculation;
import it.cuffia.kpi.domain.KpiTally;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts one day. {@code failOnDay} is the operations drill: the run fails on that day, so
 * operators (and the tests) can see a failure and restart it from its checkpoint.
 */
@Named
@Dependent
public class DayTallyProcessor implements ItemProcessor {

    /** A day and its tallies, written together. */
    public record DayTallies(LocalDate day, List<KpiTally> tallies) {
    }

    @Inject @BatchProperty private String failOnDay;
    @Inject private KpiCalculation kpis;

    @Override
    public Object processItem(Object item) {
        LocalDate day = (LocalDate) item;
        if (failOnDay != null && !failOnDay.isBlank() && LocalDate.parse(failOnDay.trim()).equals(day)) {
            throw new IllegalStateException("drill: the run was told to fail on " + day);
        }
        return new DayTallies(day, kpis.tally(day));
    }
}
