package it.cuffia.contact.application;

import it.cuffia.contact.domain.AgentState;

/**
 * An agent's state changed (a choice on the console, a call, logging out: {@code LOGGED_OUT}). Fired inside
 * the service's transaction; the supervisors' live board is told after it succeeded.
 */
public record AgentStateChanged(String agent, AgentState state) {
}
