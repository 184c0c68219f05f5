package it.cuffia.contact.domain;

/** What an agent is doing; the periods between changes are the basis of logged hours, AHT and occupancy. */
public enum AgentState {
    LOGGED_OUT, AVAILABLE, ON_CALL, WRAP_UP, PAUSED
}
