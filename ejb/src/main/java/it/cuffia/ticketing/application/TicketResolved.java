package it.cuffia.ticketing.application;

import java.time.Instant;

/** A ticket was resolved, by {@code resolverId}, in the transaction that fires this (observers act in it, synchronously). */
public record TicketResolved(Long ticketId, Long resolverId, Instant at) {
}
