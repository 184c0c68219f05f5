package it.cuffia.contact.application;

/**
 * A call announced by a client's PBX changed for an agent: it rings at them, they answered it, it ended.
 * Fired inside the service's transaction; observers that tell the agent's browser observe it after the
 * transaction succeeded, so a rolled-back event never rings anywhere. Holds only what the agent sees
 * in the screen pop anyway: the calling number and the client's name.
 *
 * @param agent  the agent's username
 * @param state  {@code RINGING}, {@code ANSWERED} or {@code ENDED}
 * @param from   the calling number as the console shows it
 * @param client the client (committente) whose line was called
 */
public record CallChanged(String agent, String state, String from, String client) {
}
