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

/**
 * The periods to roll up: each month the run touches (a day's results are written with its tallies by the tally step,
 * {@code KpiCalculation.replaceDay}; a month's sum its days' stored tallies, those of days outside the run included).
 */
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
        period.months().forEach(first -> periods.add(new Period(PeriodKind.MONTH, first)));
        return periods;
    }
}
