package it.cuffia.contact.application;

import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.AgentStatePeriod;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Agents' states over time. A change closes the open period and opens the next one; logging out
 * closes it and opens nothing. The supervisor's live view reads the open periods.
 */
@Stateless
public class AgentStateService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /** Tells the supervisors' live board (after the commit). */
    @Inject
    private Event<AgentStateChanged> stateChanged;

    /** The calling agent changes state. */
    public AgentStatePeriod change(AgentState state, String reason) {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        return changeFor(em.find(AppUser.class, caller.userId()), state, reason);
    }

    /** An agent's state changes because of a call (a CTI event, answering, hanging up). */
    public AgentStatePeriod changeFor(AppUser who, AgentState state, String reason) {
        AppUser agent = em.find(AppUser.class, who.getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        openPeriodOf(agent).ifPresent(p -> p.end(now));
        AgentStatePeriod next = new AgentStatePeriod(agent, state, reason, now);
        em.persist(next);
        stateChanged.fire(new AgentStateChanged(agent.getUsername(), state));
        return next;
    }

    /** Logout or session end: the open period ends, nothing new starts. */
    public void loggedOut(String username) {
        Instant now = clock.instant();
        em.createQuery("select p from AgentStatePeriod p where p.agent.username = :u and p.endedAt is null", AgentStatePeriod.class)
                .setParameter("u", username).getResultList().forEach(p -> {
                    p.end(now);
                    stateChanged.fire(new AgentStateChanged(username, AgentState.LOGGED_OUT));
                });
    }

    public AgentState current() {
        Caller caller = callers.caller();
        return openPeriodOf(em.find(AppUser.class, caller.userId())).map(AgentStatePeriod::getState).orElse(AgentState.LOGGED_OUT);
    }

    /** Every agent's open period (the live board), for supervisors. */
    public List<AgentStatePeriod> live() {
        callers.caller().require(Role.SUPERVISOR, Role.ADMIN);
        return em.createQuery("select p from AgentStatePeriod p join fetch p.agent a where p.endedAt is null order by a.lastName",
                AgentStatePeriod.class).getResultList();
    }

    private Optional<AgentStatePeriod> openPeriodOf(AppUser agent) {
        return em.createQuery("select p from AgentStatePeriod p where p.agent = :a and p.endedAt is null", AgentStatePeriod.class)
                .setParameter("a", agent).getResultStream().findFirst();
    }
}
