package it.cuffia.batch.operations;

import it.cuffia.shared.application.TimerLeases;

/**
 * A run's lease passed to another server while this one ran it: this server was taken for dead (frozen past the
 * lease's term, or cut off from the database) and the run was restarted there. The chunk fails, so the run stops here.
 */
public class RunTakenOver extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public RunTakenOver(long executionId) {
        super("execution " + executionId + " was restarted on another server: its lease held by " + TimerLeases.holder() + " expired");
    }

    /** The server that had the run: this one, as its lease named it. */
    public String lostServer() {
        return TimerLeases.holder();
    }
}
