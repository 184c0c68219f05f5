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

    /** Still somebody's work: counts in queues and SLA risk. */
    public boolean isActive() {
        return this != RESOLVED && this != CLOSED;
    }
}
