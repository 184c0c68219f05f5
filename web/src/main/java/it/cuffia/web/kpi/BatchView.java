package it.cuffia.web.kpi;

import it.cuffia.batch.operations.BatchOperations;
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
        Messages.info("batch.launched", job, execution);
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
