package it.cuffia.batch.kpi;

import it.cuffia.kpi.application.KpiCalculation;
import it.cuffia.kpi.domain.KpiResult;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Sums a period's tallies per agent, team, campaign and client. */
@Named
@Dependent
public class RollUpProcessor implements ItemProcessor {

    /** A period and its results, written together. */
    public record PeriodResults(PeriodReader.Period period, List<KpiResult> results) {
    }

    @Inject private KpiCalculation kpis;

    @Override
    public Object processItem(Object item) {
        PeriodReader.Period period = (PeriodReader.Period) item;
        return new PeriodResults(period, kpis.rollUp(period.kind(), period.start()));
    }
}
