package it.cuffia.scripts.domain;

/** How an inbound call that followed a ticket category's script ended. */
public enum InboundOutcome {
    RESOLVED, TICKET_OPENED, ESCALATED, TRANSFERRED
}
