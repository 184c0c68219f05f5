package it.cuffia.shared.domain;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Which server runs a batch execution, and whether that server still lives (issue 18: a job whose instance died is
 * restarted on another). The Jakarta Batch repository every instance shares knows an execution's status but not the
 * JVM running it, and a JVM killed mid-job leaves its execution STARTED for ever: the runtime cannot tell a dead run
 * from a long one, and an admin sees a job that never ends. So the server that begins a run writes this lease
 * ({@code batch_run_lease}, at the job's start, by the job's listener) and renews the leases of all its runs every
 * {@link #RENEWAL}; a run ending removes its lease. A lease left unrenewed past its term belongs to a dead (or
 * frozen) JVM: what then happens to its execution is {@link #fateOf}, applied by every server's recovery round, and
 * the one that deletes the expired row first (a conditional DELETE, the twin of {@link #expiredAt}) does it.
 */
public record BatchRunLease(long executionId, String jobName, String holder, Instant aliveUntil) {

    /** How often a server renews the leases of the runs it is running. */
    public static final Duration RENEWAL = Duration.ofSeconds(10);

    /**
     * How long a lease outlives its last renewal: three renewals, so that a server busy for a moment (a long garbage
     * collection, a slow database) keeps its runs, and a dead one's runs are taken over within a minute.
     */
    public static final Duration TERM = RENEWAL.multipliedBy(3);

    /** What becomes of an execution whose lease is examined. */
    public enum Fate {
        /** Its server lives (the lease has not expired): nothing to do. */
        LEAVE,
        /** Its server died while it ran: marked FAILED in the repository, then restarted from its last checkpoint. */
        RESTART,
        /** Its server died while it was being stopped: marked STOPPED, as the admin asked; an admin may restart it. */
        STOPPED,
        /** The run had ended (its lease was left behind by a server that died as it ended): the lease is dropped. */
        FORGET
    }

    public BatchRunLease {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(aliveUntil, "aliveUntil");
        holder = TimerLease.holderName(holder);
    }

    /** A lease taken or renewed at {@code now}. */
    public static Instant renewedAt(Instant now) {
        return now.plus(TERM);
    }

    /** Whether the server holding the lease counts as dead at {@code now}: from the instant the lease expires. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(aliveUntil);
    }

    /**
     * The rule: an execution counts as orphaned when the repository still says it runs (STARTING, STARTED) and its
     * server's lease has expired; it is then restarted. One being stopped (STOPPING) is only marked stopped. Any other
     * status means the run had ended; its expired lease is forgotten. A live lease is never touched.
     */
    public Fate fateOf(BatchStatus status, Instant now) {
        if (!expiredAt(now)) {
            return Fate.LEAVE;
        }
        if (status == null) {
            return Fate.FORGET; // the repository has no such execution (purged): nothing to restart
        }
        return switch (status) {
            case STARTING, STARTED -> Fate.RESTART;
            case STOPPING -> Fate.STOPPED;
            default -> Fate.FORGET;
        };
    }
}
