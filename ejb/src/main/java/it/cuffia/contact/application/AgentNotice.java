package it.cuffia.contact.application;

/**
 * A supervisor told an agent something from the wallboard (issue 15 §3): a forced pause, a forced logout, a
 * message. Fired inside the service's transaction; the agent's console shows it after the transaction succeeded,
 * on whichever page of the console they are.
 *
 * @param agent the agent's username
 * @param kind  {@code PAUSED}, {@code LOGGED_OUT} or {@code MESSAGE}
 * @param text  the supervisor's reason or message, as typed
 * @param from  the supervisor's full name
 */
public record AgentNotice(String agent, Kind kind, String text, String from) {

    public enum Kind { PAUSED, LOGGED_OUT, MESSAGE }
}
