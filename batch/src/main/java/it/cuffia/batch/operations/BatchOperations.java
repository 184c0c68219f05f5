package it.cuffia.batch.operations;

import it.cuffia.batch.kpi.JobPeriod;
import it.cuffia.identity.application.Authorization;
import it.cuffia.identity.domain.Role;
import it.cuffia.pay.domain.MonthlyPay;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Zones;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Starts, stops, restarts and lists the suite's batch jobs through the standard JobOperator, so
 * the same executions show in {@code asadmin list-batch-job-executions} and the Payara console.
 * Outside transactions: the runtime keeps its own repository.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchOperations {

    public static final String KPI = "kpi";
    public static final String MONTH_CLOSE = "month-close";
    public static final List<String> JOBS = List.of(KPI, MONTH_CLOSE, "lead-import");

    @Inject
    private Authorization callers;
    @Inject
    private BatchRepository repository;
    @Inject
    private Clock clock;

    /** KPIs of the days from..to (a re-run replaces their previous results). */
    public long startKpi(LocalDate from, LocalDate to) {
        callers.require(Role.ADMIN);
        return JobLauncher.kpi(from, to);
    }

    /** The month's KPIs and every agent's statement (approved ones are left as they are). */
    public long startMonthClose(YearMonth month) {
        callers.require(Role.ADMIN, Role.SUPERVISOR);
        requireOver(month);
        return JobLauncher.monthClose(month, new Properties());
    }

    /**
     * The schedule's KPI run (KpiSchedule, no caller to check). Started from a business method of
     * this bean, not from the timer callback itself: Payara tags an execution with the invocation
     * that starts it, and one started in a timer callback is not listed to the application.
     */
    public long startScheduledKpi(LocalDate from, LocalDate to) {
        return JobLauncher.kpi(from, to);
    }

    /** The schedule's month close (KpiSchedule, no caller to check); see startScheduledKpi. */
    public long startScheduledMonthClose(YearMonth month) {
        return JobLauncher.monthClose(month, new Properties());
    }

    /** Starts a job with parameters typed by an admin (including the drill parameters). */
    public long start(String job, Map<String, String> parameters) {
        callers.require(Role.ADMIN);
        if (!JOBS.contains(job) || job.equals("lead-import")) {
            throw new DomainException("batch.job.unknown", job);
        }
        Properties properties = new Properties();
        parameters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) properties.setProperty(k, v.trim());
        });
        checkDrill(properties);
        if (job.equals(MONTH_CLOSE)) {
            YearMonth month = month(properties.getProperty("month"));
            requireOver(month);
            return JobLauncher.monthClose(month, properties);
        }
        JobPeriod.of(properties.getProperty("month"), properties.getProperty("from"), properties.getProperty("to"));
        return JobLauncher.kpi(properties);
    }

    /** A month is closed once it is over, in Rome: never the running month, never a future one. */
    private void requireOver(YearMonth month) {
        MonthlyPay.requireOver(month, LocalDate.now(clock.withZone(Zones.ROME)));
    }

    /** A drill parameter the job could not read would fail the run for the wrong reason: refuse it here. */
    private static void checkDrill(Properties properties) {
        String day = properties.getProperty("failOnDay");
        if (day != null) {
            try {
                LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                throw new DomainException("batch.param.date", day);
            }
        }
        String agent = properties.getProperty("failOnAgent");
        if (agent != null && !agent.matches("\\d{1,18}")) {
            throw new DomainException("batch.param.agent", agent);
        }
    }

    public void stop(long executionId) {
        callers.require(Role.ADMIN);
        try {
            operator().stop(executionId);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new DomainException("batch.execution.unknown", executionId);
        } catch (jakarta.batch.operations.JobExecutionNotRunningException e) {
            throw new DomainException("batch.execution.notRunning", executionId);
        }
    }

    /**
     * Restarts a failed or stopped run from its last checkpoint; drill parameters are dropped. Admins only:
     * the batch jobs screen is theirs, no supervisor console restarts a job (issue 19 §4).
     */
    public long restart(long executionId) {
        callers.require(Role.ADMIN);
        return restartFromCheckpoint(executionId);
    }

    /**
     * The recovery's restart (JobRecovery, no caller to check): a run whose server died ({@code lostServer}, the
     * holder of its expired lease) is marked FAILED in the repository, then restarted as an admin would, here.
     * Started from a business method of this bean, as startScheduledKpi.
     */
    public long restartOrphan(long executionId, String lostServer, Instant now) {
        repository.end(executionId, BatchStatus.FAILED, ExitStatus.serverLost(lostServer), now);
        return restartFromCheckpoint(executionId);
    }

    /** The recovery's end of a run that was being stopped when its server died: STOPPED, as the admin asked. */
    public void stopOrphan(long executionId, String lostServer, Instant now) {
        repository.end(executionId, BatchStatus.STOPPED, ExitStatus.serverLost(lostServer), now);
    }

    /** An execution's status as the repository has it; null for an execution it does not know (JobRecovery). */
    public BatchStatus statusOf(long executionId) {
        try {
            return operator().getJobExecution(executionId).getBatchStatus();
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            return null;
        }
    }

    /** Restarts a run from its last checkpoint with its parameters, without the drill's. */
    private static long restartFromCheckpoint(long executionId) {
        JobOperator operator = operator();
        try {
            // JBatch answers an unknown id with a NullPointerException in getParameters: ask for the run first, as run() does
            operator.getJobInstance(executionId);
            operator.getJobExecution(executionId);
            Properties parameters = new Properties();
            operator.getParameters(executionId).forEach((k, v) -> {
                if (!k.toString().startsWith("failOn")) parameters.put(k, v);
            });
            return operator.restart(executionId, parameters);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new DomainException("batch.execution.unknown", executionId);
        } catch (JobRestartException e) {
            throw new DomainException("batch.execution.notRestartable", executionId);
        }
    }

    /** The most runs one list shows. */
    public static final int MAX_RUNS = 500;

    /** The newest runs of the suite's jobs, newest first: from 1 to {@link #MAX_RUNS} of them. */
    public List<JobRun> runs(int max) {
        callers.require(Role.ADMIN);
        if (max < 1 || max > MAX_RUNS) {
            throw new DomainException("batch.runs.max", MAX_RUNS);
        }
        JobOperator operator = operator();
        List<JobRun> runs = new ArrayList<>();
        for (String job : JOBS) {
            List<JobInstance> instances;
            try {
                instances = operator.getJobInstances(job, 0, max);
            } catch (NoSuchJobException neverRun) {
                continue; // a job that never ran has no instances: nothing to list
            }
            for (JobInstance instance : instances) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    runs.add(run(operator, instance, execution));
                }
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.size() > max ? List.copyOf(runs.subList(0, max)) : runs;
    }

    public JobRun run(long executionId) {
        callers.require(Role.ADMIN);
        JobOperator operator = operator();
        try {
            return run(operator, operator.getJobInstance(executionId), operator.getJobExecution(executionId));
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new DomainException("batch.execution.unknown", executionId);
        }
    }

    private static JobRun run(JobOperator operator, JobInstance instance, JobExecution execution) {
        List<JobRun.StepRun> steps = new ArrayList<>();
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            Map<String, Long> metrics = new LinkedHashMap<>();
            if (step.getMetrics() != null) {
                for (Metric metric : step.getMetrics()) {
                    metrics.put(metric.getType().name(), metric.getValue());
                }
            }
            steps.add(new JobRun.StepRun(step.getStepName(), step.getBatchStatus(), step.getExitStatus(),
                    instant(step.getStartTime()), instant(step.getEndTime()), metrics));
        }
        Map<String, String> parameters = new TreeMap<>();
        if (execution.getJobParameters() != null) {
            execution.getJobParameters().forEach((k, v) -> parameters.put(k.toString(), String.valueOf(v)));
        }
        return new JobRun(execution.getExecutionId(), instance.getInstanceId(), execution.getJobName(), execution.getBatchStatus(),
                execution.getExitStatus(), instant(execution.getStartTime()), instant(execution.getEndTime()), parameters, steps);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException("batch.param.month", text == null ? "" : text);
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
