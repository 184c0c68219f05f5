package it.cuffia.contact.application;

import java.time.Instant;

/**
 * A call's wrap-up ended (by the agent, an outbound outcome, or the client's time limit), in the transaction that fires
 * this; observers act in it, synchronously, and decide for themselves what the call was worth.
 */
public record CallFinished(Long interactionId, Instant at) {
}
