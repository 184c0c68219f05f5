package it.cuffia.web.kpi;

import it.cuffia.batch.operations.BatchOperations;
import it.cuffia.batch.operations.ExitStatus;
import it.cuffia.batch.operations.JobRun;
import it.cuffia.shared.domain.Zones;
import it.cuffia.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import jakarta.batch.runtime.BatchStatus;

/** Batch operations: the jobs' executions with their steps and metrics; start, stop, restart. */
@Named
@ViewScoped
public class BatchView implements Serializable {

    @jakarta.annotation.PostConstruct
    void defaults() {
        month = YearMonth.now(clock.withZone(Zones.ROME)).minusMonths(1).toString();
    }


    @Inject private BatchOperations batch;

    private String job = BatchOperations.KPI;
    private String month;
    @Inject private java.time.Clock clock;
    private String from;
    private String to;
    private String failOnDay;
    private List<JobRun> runs;

    public List<JobRun> getRuns() {
        if (runs == null) {
            runs = batch.runs(100);
        }
        return runs;
    }

    public void refresh() {
        runs = null;
    }

    public void start() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (BatchOperations.MONTH_CLOSE.equals(job) || from == null || from.isBlank()) {
            parameters.put("month", month);
        } else {
            parameters.put("from", from);
            parameters.put("to", to);
        }
        parameters.put("failOnDay", failOnDay);
        long execution = batch.start(job, parameters);
        Messages.info("batch.launched", Messages.text("batch.job." + job), execution);
        refresh();
    }

    public void stop(JobRun run) {
        batch.stop(run.executionId());
        Messages.info("batch.stopping", run.executionId());
        refresh();
    }

    public void restart(JobRun run) {
        long execution = batch.restart(run.executionId());
        Messages.info("batch.restarted", run.executionId(), execution);
        refresh();
    }

    /** The runtime's status in the user's language. */
    public String status(BatchStatus status) {
        return status == null ? "" : Messages.text("batch.status." + status.name());
    }

    /** An exit status in the user's language: the runtime's status names and the jobs' own texts (see {@link ExitStatus}). */
    public String exit(String exitStatus) {
        return Messages.text(ExitStatus.textOf(exitStatus));
    }

    /** "letti 31 · scritti 31 · commit 32 · rollback 0"; skip and filter counts only when not zero. */
    public String metrics(Map<String, Long> metrics) {
        StringJoiner text = new StringJoiner(" · ");
        metrics.forEach((type, value) -> {
            boolean always = type.equals("READ_COUNT") || type.equals("WRITE_COUNT") || type.equals("COMMIT_COUNT")
                    || type.equals("ROLLBACK_COUNT");
            if (always || value != 0) {
                text.add(Messages.text("batch.metric." + type) + " " + value);
            }
        });
        return text.toString();
    }

    public List<String> getJobs() { return List.of(BatchOperations.KPI, BatchOperations.MONTH_CLOSE); }
    public String getJob() { return job; }
    public void setJob(String job) { this.job = job; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getFailOnDay() { return failOnDay; }
    public void setFailOnDay(String failOnDay) { this.failOnDay = failOnDay; }
}
