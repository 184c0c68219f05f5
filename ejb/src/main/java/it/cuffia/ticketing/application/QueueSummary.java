package it.cuffia.ticketing.application;

import java.io.Serializable;
import java.time.Instant;

/** One support level's queue: active tickets, how many wait for somebody, the oldest, SLA risk. */
public record QueueSummary(int level, long active, long unassigned, Instant oldestOpenedAt, long breached, long atRisk)
        implements Serializable {

    // Jakarta EL 5 reads bean getters, not record accessors
    public int getLevel() { return level; }
    public long getActive() { return active; }
    public long getUnassigned() { return unassigned; }
    public Instant getOldestOpenedAt() { return oldestOpenedAt; }
    public long getBreached() { return breached; }
    public long getAtRisk() { return atRisk; }
}
