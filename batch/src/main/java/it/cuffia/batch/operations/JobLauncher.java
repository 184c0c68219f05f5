package it.cuffia.batch.operations;

import jakarta.batch.runtime.BatchRuntime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Properties;

/**
 * Starts the suite's jobs on the standard JobOperator. The one place that knows their parameter
 * names; callers check who may start them (BatchOperations) or have no caller at all (the timers
 * of KpiSchedule).
 */
final class JobLauncher {

    private JobLauncher() {
    }

    static long kpi(LocalDate from, LocalDate to) {
        Properties parameters = new Properties();
        parameters.setProperty("from", from.toString());
        parameters.setProperty("to", to.toString());
        return BatchRuntime.getJobOperator().start(BatchOperations.KPI, parameters);
    }

    static long kpi(Properties parameters) {
        return BatchRuntime.getJobOperator().start(BatchOperations.KPI, parameters);
    }

    static long monthClose(YearMonth month, Properties parameters) {
        Properties all = new Properties();
        all.putAll(parameters);
        all.setProperty("month", month.toString());
        return BatchRuntime.getJobOperator().start(BatchOperations.MONTH_CLOSE, all);
    }
}
