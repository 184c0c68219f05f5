package it.cuffia.outbound.domain;

/** Where a lead stands in its campaign's queue. */
public enum LeadStatus {
    /** Imported, never called. */
    NEW,
    /** Called without reaching anyone; due again at its next attempt time. */
    RETRY,
    /** The person asked to be called back at a time, by one agent or anyone. */
    CALLBACK,
    /** Closed by a final outcome. */
    DONE,
    /** Never to be dialled in this campaign: do-not-call, opposed in the RPO, no consent, attempts used up. */
    EXCLUDED;

    public boolean isWorkable() {
        return this == NEW || this == RETRY || this == CALLBACK;
    }
}
