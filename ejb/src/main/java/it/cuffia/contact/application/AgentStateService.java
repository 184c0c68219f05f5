package it.cuffia.contact.application;

import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.AgentStatePeriod;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.contact.domain.PauseCode;
import it.cuffia.shared.domain.ConflictException;
import it.cuffia.shared.domain.DomainException;
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
 * closes it and opens nothing. The supervisors' live board reads the open periods
 * ({@link WallboardService#agents}).
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

    /**
     * The calling agent changes state by their own choice: never while a call of theirs is in progress (dialled, on
     * it, or in its wrap-up). That call's own steps move them on — hanging up, the outcome and notes the client
     * requires — so a state button can neither skip a wrap-up nor make an agent on a call available to the next one.
     */
    public AgentStatePeriod change(AgentState state, String reason) {
        AppUser agent = lockedCallingAgent();
        requireNoCallInProgress(agent);
        Instant now = clock.instant();
        return begin(agent, new AgentStatePeriod(agent, state, reason, now), now);
    }

    /**
     * The calling agent has logged in: ready for calls, unless a call of theirs is still in progress (a session that
     * ended during it). Then they come back to it — on the call, or in its wrap-up, with a fresh wrap-up time — so
     * that the PBX does not ring them before the outcome the client requires is recorded.
     */
    public AgentStatePeriod loggedIn() {
        AppUser agent = lockedCallingAgent();
        Instant now = clock.instant();
        AgentState resumed = unfinishedInboundCall(agent)
                .map(call -> call.getEndedAt() == null ? AgentState.ON_CALL : AgentState.WRAP_UP)
                .orElse(AgentState.AVAILABLE);
        return begin(agent, new AgentStatePeriod(agent, resumed, null, now), now);
    }

    /**
     * The calling agent pauses for one of the pause codes of a client they work for (a code of another
     * client, or one switched off, is refused).
     */
    public AgentStatePeriod pause(Long pauseCodeId) {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        PauseCode code = pauseCodeId == null ? null : em.find(PauseCode.class, pauseCodeId);
        if (code == null || !caller.scope().allows(code.getClient().getId())) {
            throw new DomainException("agentState.pause.reason");
        }
        AppUser agent = lockedCallingAgent();
        requireNoCallInProgress(agent);
        Instant now = clock.instant();
        return begin(agent, AgentStatePeriod.paused(agent, code, now), now);
    }

    /**
     * An agent's state changes because of a call (a CTI event, answering, hanging up), or for a reason said in
     * words (a supervisor's forced pause): a pause with a typed reason has no pause code and counts as a paid,
     * unproductive pause.
     */
    public AgentStatePeriod changeFor(AppUser who, AgentState state, String reason) {
        AppUser agent = em.find(AppUser.class, who.getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        return begin(agent, new AgentStatePeriod(agent, state, reason, now), now);
    }

    /**
     * The agent finished a call's wrap-up: ready for the next call. A pause that came during the wrap-up (a
     * supervisor's) holds until the agent or the supervisor ends it; an agent who is no longer in the wrap-up (logged
     * out, or already available) stays as they are.
     */
    public void wrapUpFinished(AppUser who) {
        AppUser agent = em.find(AppUser.class, who.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (stateOf(agent) == AgentState.WRAP_UP) {
            Instant now = clock.instant();
            begin(agent, new AgentStatePeriod(agent, AgentState.AVAILABLE, null, now), now);
        }
    }

    private AgentStatePeriod begin(AppUser agent, AgentStatePeriod next, Instant now) {
        openPeriodOf(agent).ifPresent(p -> p.end(now));
        em.persist(next);
        stateChanged.fire(new AgentStateChanged(agent.getUsername(), next.getState()));
        return next;
    }

    /** The agent's open period, locked with the agent (the wrap-up timer and the agent's own change never both win). */
    public Optional<AgentStatePeriod> lockedOpenPeriodOf(AppUser who) {
        AppUser agent = em.find(AppUser.class, who.getId(), LockModeType.PESSIMISTIC_WRITE);
        return openPeriodOf(agent);
    }

    /** The agents in a wrap-up now (the wrap-up timer's round). */
    public List<Long> agentsInWrapUp() {
        return em.createQuery("select p.agent.id from AgentStatePeriod p where p.state = :s and p.endedAt is null", Long.class)
                .setParameter("s", AgentState.WRAP_UP).getResultList();
    }

    /** An agent's state now (LOGGED_OUT without an open period): whether the PBX may ring them. */
    public AgentState stateOf(AppUser agent) {
        return openPeriodOf(agent).map(AgentStatePeriod::getState).orElse(AgentState.LOGGED_OUT);
    }

    /** The calling agent's open period (its state and since when), if logged in. */
    public Optional<AgentStatePeriod> currentPeriod() {
        Caller caller = callers.caller();
        return openPeriodOf(em.find(AppUser.class, caller.userId()));
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

    private AppUser lockedCallingAgent() {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        return em.find(AppUser.class, caller.userId(), LockModeType.PESSIMISTIC_WRITE);
    }

    /** On a call (inbound or dialled), or an inbound call of theirs answered and not wrapped up yet. */
    private void requireNoCallInProgress(AppUser agent) {
        if (stateOf(agent) == AgentState.ON_CALL || unfinishedInboundCall(agent).isPresent()) {
            throw new ConflictException("agentState.callInProgress");
        }
    }

    /** An inbound call the agent answered and has not wrapped up (still on it, or in its wrap-up), the newest. */
    private Optional<Interaction> unfinishedInboundCall(AppUser agent) {
        return em.createNamedQuery(Interaction.UNFINISHED_INBOUND_OF_AGENT, Interaction.class)
                .setParameter("agent", agent).getResultStream().findFirst();
    }

    private Optional<AgentStatePeriod> openPeriodOf(AppUser agent) {
        return em.createQuery("select p from AgentStatePeriod p where p.agent = :a and p.endedAt is null", AgentStatePeriod.class)
                .setParameter("a", agent).getResultStream().findFirst();
    }
}
