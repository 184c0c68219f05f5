package it.cuffia.contact.application;

import it.cuffia.shared.application.TimerLeases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the wrap-ups that lasted their client's maximum (issue 15): every few seconds it reads the open
 * WRAP_UP periods (one per agent at most, an index on state and end) and lets {@link InteractionService#timeOutWrapUp}
 * end each overdue one in its own transaction. The timer is not persistent: every server of a group runs it, and
 * the server holding its lease ({@link TimerLeases}) does the round; the agent's row lock in that method still makes
 * an overlapping run, or the agent's own click, find nothing to do. Nothing is lost on a restart: the state is in
 * the database and the next round finds it.
 */
@Singleton
public class WrapUpTimer {

    private static final Logger LOG = Logger.getLogger(WrapUpTimer.class.getName());

    /** Its lease: five rounds, so a holder that died is replaced within ten seconds. */
    static final String LEASE = "wrap-up";
    static final Duration TERM = Duration.ofSeconds(10);

    @Inject
    private TimerLeases leases;

    @Inject
    private AgentStateService agentStates;

    @Inject
    private InteractionService interactions;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "end wrap-ups past their client's maximum")
    void round() {
        if (!leases.take(LEASE, TERM)) {
            return;
        }
        for (Long agentId : agentStates.agentsInWrapUp()) {
            try {
                interactions.timeOutWrapUp(agentId);
            } catch (RuntimeException failed) {
                // one agent's failure (a concurrent change) must not stop the others; the next round tries again
                LOG.log(Level.WARNING, "wrap-up of agent " + agentId + " not ended by the timer", failed);
            }
        }
    }
}
