package it.cuffia.batch.kpi;

import it.cuffia.kpi.application.KpiCalculation;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Replaces each period's results. */
@Named
@Dependent
public class ResultWriter extends AbstractItemWriter {

    @Inject private KpiCalculation kpis;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            RollUpProcessor.PeriodResults period = (RollUpProcessor.PeriodResults) item;
            kpis.replaceResults(period.period().kind(), period.period().start(), period.results());
        }
    }
}
