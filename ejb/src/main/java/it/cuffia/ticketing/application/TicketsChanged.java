package it.cuffia.ticketing.application;

/**
 * Tickets were opened or changed (state, owner, level, deadlines): the supervisors' queue summary reloads. Fired once
 * per transaction, after it committed ({@link it.cuffia.shared.infrastructure.LiveChanges}); carries no data.
 */
public record TicketsChanged() {
}
