package it.cuffia.batch.kpi;

import it.cuffia.kpi.application.KpiCalculation;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Replaces each day's tallies and DAY results, in the chunk's transaction with its checkpoint. */
@Named
@Dependent
public class DayTallyWriter extends AbstractItemWriter {

    @Inject private KpiCalculation kpis;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            DayTallyProcessor.DayTallies day = (DayTallyProcessor.DayTallies) item;
            kpis.replaceDay(day.day(), day.tallies());
        }
    }
}
