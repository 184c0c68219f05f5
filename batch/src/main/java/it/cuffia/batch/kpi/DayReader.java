package it.cuffia.batch.kpi;

import it.cuffia.batch.operations.ListReader;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The days of the run, one item each. */
@Named
@Dependent
public class DayReader extends ListReader {

    @Inject @BatchProperty private String month;
    @Inject @BatchProperty private String from;
    @Inject @BatchProperty private String to;

    @Override
    protected List<?> items() {
        return JobPeriod.of(month, from, to).days();
    }
}
