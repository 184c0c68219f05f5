package it.cuffia.batch.operations;

import jakarta.batch.runtime.BatchStatus;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One execution of a job as the operations screen shows it. */
public record JobRun(long executionId, long instanceId, String job, BatchStatus status, String exitStatus,
                     Instant startedAt, Instant endedAt, Map<String, String> parameters, List<StepRun> steps) implements Serializable {

    /** One step of an execution with its metrics (read, write, commit, rollback, filter, skip counts). */
    public record StepRun(String name, BatchStatus status, String exitStatus, Instant startedAt, Instant endedAt,
                          Map<String, Long> metrics) implements Serializable {
    }

    @JsonbTransient
    public boolean isRunning() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }

    /** Failed or stopped runs can be restarted from their last checkpoint. */
    @JsonbTransient
    public boolean isRestartable() {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    @JsonbTransient
    public boolean isFailed() {
        return status == BatchStatus.FAILED;
    }

    @JsonbTransient
    public String getParameterText() {
        StringBuilder text = new StringBuilder();
        parameters.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return text.toString();
    }
}
