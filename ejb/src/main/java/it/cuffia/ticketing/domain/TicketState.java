package it.cuffia.ticketing.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a ticket: NEW → OPEN → (WAITING_CUSTOMER ↔ OPEN) → RESOLVED → CLOSED, and
 * RESOLVED → REOPENED → OPEN. Any other move is refused.
 */
public enum TicketState {
    NEW, OPEN, WAITING_CUSTOMER, RESOLVED, REOPENED, CLOSED;

    private static final Map<TicketState, Set<TicketState>> NEXT = Map.of(
            NEW, EnumSet.of(OPEN),
            OPEN, EnumSet.of(WAITING_CUSTOMER, RESOLVED),
            WAITING_CUSTOMER, EnumSet.of(OPEN),
            RESOLVED, EnumSet.of(CLOSED, REOPENED),
            REOPENED, EnumSet.of(OPEN),
            CLOSED, EnumSet.noneOf(TicketState.class));

    public boolean canMoveTo(TicketState next) {
        return NEXT.get(this).contains(next);
    }

    public Set<TicketState> next() {
        return Set.copyOf(NEXT.get(this));
    }

    /**
     * Still somebody's work: counts in queues and SLA risk. The one definition of "active": the
     * service's criteria queries use this set, native SQL uses {@link #ACTIVE_SQL}.
     */
    public static final Set<TicketState> ACTIVE = Set.copyOf(EnumSet.of(NEW, OPEN, WAITING_CUSTOMER, REOPENED));

    /** The SQL twin of {@link #isActive()}: the quoted names of {@link #ACTIVE}, for {@code state in (...)}. */
    public static final String ACTIVE_SQL = ACTIVE.stream().sorted().map(s -> "'" + s.name() + "'")
            .collect(java.util.stream.Collectors.joining(","));

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** The states in which a ticket may be taken: active, but not waiting for the customer (that one is resumed). */
    public static final Set<TicketState> TAKEABLE = Set.copyOf(EnumSet.of(NEW, OPEN, REOPENED));

    /** An agent may take the ticket in this state (a ticket waiting for the customer is resumed, not taken). */
    public boolean canBeTaken() {
        return TAKEABLE.contains(this);
    }
}
