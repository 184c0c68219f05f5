package it.cuffia.batch.kpi;

import it.cuffia.batch.operations.ListReader;
import it.cuffia.kpi.domain.PeriodKind;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The periods to roll up: each day of the run, then each month it touches. */
@Named
@Dependent
public class PeriodReader extends ListReader {

    /** One period to roll up. */
    public record Period(PeriodKind kind, LocalDate start) implements Serializable {
    }

    @Inject @BatchProperty private String month;
    @Inject @BatchProperty private String from;
    @Inject @BatchProperty private String to;

    @Override
    protected List<?> items() {
        JobPeriod period = JobPeriod.of(month, from, to);
        List<Period> periods = new ArrayList<>();
        period.days().forEach(day -> periods.add(new Period(PeriodKind.DAY, day)));
        period.months().forEach(first -> periods.add(new Period(PeriodKind.MONTH, first)));
        return periods;
    }
}
