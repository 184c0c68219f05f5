package it.cuffia.contact.application;

/**
 * A CTI event changed a client's calls (queued, ringing, answered, ended): the wallboards recount. Fired inside the
 * service's transaction, observed after it succeeded; carries no more than the client's id.
 */
public record CallQueueChanged(Long clientId) {
}
