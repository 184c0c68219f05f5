package it.cuffia.contact.domain;

/** What an agent is doing; the periods between changes are the basis of logged hours, AHT and occupancy. */
public enum AgentState {
    LOGGED_OUT, AVAILABLE, ON_CALL, WRAP_UP, PAUSED;

    /**
     * A supervisor may force an agent into a pause or out (issue 15 §3) only while the agent is logged in and not
     * talking to a customer: a call is never cut by the board, the supervisor waits for its end.
     */
    public boolean canBeForcedBySupervisor() {
        return this != LOGGED_OUT && this != ON_CALL;
    }
}
