package it.cuffia.outbound.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Still to be worked in the campaign: the one definition of a workable lead, used by the JPQL
     * queries as a parameter ({@code status in :workable}); native SQL uses {@link #WORKABLE_SQL}.
     */
    public static final Set<LeadStatus> WORKABLE = Set.copyOf(EnumSet.of(NEW, RETRY, CALLBACK));

    /** The SQL twin of {@link #isWorkable()}: the quoted names of {@link #WORKABLE}, for {@code status in (...)}. */
    public static final String WORKABLE_SQL = WORKABLE.stream().sorted().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(","));

    public boolean isWorkable() {
        return WORKABLE.contains(this);
    }
}
