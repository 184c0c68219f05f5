package it.cuffia.contact.application;

import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.AgentStatePeriod;
import it.cuffia.contact.domain.CallFigures;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.application.SecurityAudit;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SecurityEventKind;
import it.cuffia.identity.domain.Team;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.domain.PlainText;
import it.cuffia.shared.domain.Zones;
import it.cuffia.shared.infrastructure.SqlValues;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Issue 15 §3, the supervisor's wallboard: today's calls and the agents' states of one client or of every client in
 * the caller's view, counted by the database (rules in {@link CallFigures}); and what a supervisor does from it,
 * each with a reason and written to the audit log: force an agent into a pause or out, send an agent or a team a
 * message. Supervisors see the calls of their teams' clients and the agents of their own teams; admins everything.
 */
@Stateless
public class WallboardService {

    /** A pause reason fits the state period's column; a message the audit line's. */
    static final int REASON_LENGTH = 80;
    static final int MESSAGE_LENGTH = 160;

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private AgentStateService agentStates;

    @Inject
    private SecurityAudit audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<AgentNotice> notices;

    /**
     * Today's calls (Rome time) of the client, or of every client in view when {@code clientId} is null: one
     * aggregate query over today's calls through the index on (client_id, ringing_at); each call is measured against
     * its own client's threshold.
     */
    public CallFigures calls(Long clientId) {
        Caller caller = supervisor();
        String sql = "select sum(case when " + CallFigures.WAITING_SQL.formatted("i", "?3") + " then 1 else 0 end),"
                + " min(case when " + CallFigures.WAITING_SQL.formatted("i", "?3") + " then i.ringing_at end),"
                + " count(i.answered_at),"
                + " sum(case when " + CallFigures.ABANDONED_SQL.formatted("i") + " then 1 else 0 end),"
                + " sum(case when " + CallFigures.IN_TIME_SQL.formatted("i", "c.service_level_seconds") + " then 1 else 0 end),"
                + " sum(" + CallFigures.WAIT_SECONDS_SQL.formatted("i") + ")"
                + " from interaction i join client c on c.id = i.client_id"
                + " where i.ringing_at >= ?1 and i.direction = 'INBOUND' and i.channel = 'PHONE' and i.external_id is not null and "
                + (clientId == null ? Tenancy.sql(caller.scope(), "i.client_id") : "i.client_id = ?2");
        Query query = em.createNativeQuery(sql)
                .setParameter(1, SqlValues.timestamp(startOfToday()))
                .setParameter(3, SqlValues.timestamp(clock.instant().minus(CallFigures.WAIT_LIMIT)));
        if (clientId != null) {
            query.setParameter(2, client(caller, clientId).getId());
        }
        Object[] row = (Object[]) query.getSingleResult();
        return CallFigures.counted((Number) row[0], SqlValues.instant(row[1]), (Number) row[2], (Number) row[3], (Number) row[4],
                (Number) row[5]);
    }

    /** The client's service-level threshold in seconds, if in the caller's view. */
    public int serviceLevelSeconds(Long clientId) {
        return client(supervisor(), clientId).getServiceLevelSeconds();
    }

    /**
     * The logged-in agents of the caller's teams (admins: all), with the state they are in and since when; with a
     * client, only the agents who work for it. One query; longest in their state first.
     */
    public List<AgentStatePeriod> agents(Long clientId) {
        Caller caller = supervisor();
        String jpql = "select p from AgentStatePeriod p join fetch p.agent u where p.endedAt is null and "
                + Tenancy.teamsJpql(caller.teams(), "u.id")
                + (clientId == null ? "" : " and exists (select a from Agent a where a.user = u and "
                + it.cuffia.identity.domain.Agent.WORKS_FOR_JPQL.formatted("a", ":client") + ")")
                + " order by p.startedAt, u.lastName";
        var query = Tenancy.bindTeams(em.createQuery(jpql, AgentStatePeriod.class), caller.teams());
        if (clientId != null) {
            query.setParameter("client", client(caller, clientId));
        }
        return query.getResultList();
    }

    /** The teams the caller may send a message to (their own; admins: all), by name. */
    public List<Team> teams() {
        Caller caller = supervisor();
        if (!caller.teams().all() && caller.teams().teamIds().isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select t from Team t where t.active = true"
                + (caller.teams().all() ? "" : " and t.id in :teams") + " order by t.name", Team.class);
        if (!caller.teams().all()) {
            query.setParameter("teams", caller.teams().teamIds());
        }
        return query.getResultList();
    }

    /** Puts an agent of the caller's teams into a pause, with the reason they see; the agent's console shows it. */
    public AgentStatePeriod forcePause(String username, String reason) {
        Caller caller = supervisor();
        AppUser agent = agentInView(caller, username);
        String why = reason(reason, REASON_LENGTH);
        requireForcible(agent);
        AgentStatePeriod paused = agentStates.changeFor(agent, AgentState.PAUSED, why);
        audit.changed(SecurityEventKind.AGENT_FORCED_PAUSE, agent.getUsername(), why);
        notices.fire(new AgentNotice(agent.getUsername(), AgentNotice.Kind.PAUSED, why, fullName(caller)));
        return paused;
    }

    /** Logs an agent of the caller's teams out of the queues (their state), with the reason they see. */
    public void forceLogout(String username, String reason) {
        Caller caller = supervisor();
        AppUser agent = agentInView(caller, username);
        String why = reason(reason, REASON_LENGTH);
        requireForcible(agent);
        agentStates.loggedOut(agent.getUsername());
        audit.changed(SecurityEventKind.AGENT_FORCED_LOGOUT, agent.getUsername(), why);
        notices.fire(new AgentNotice(agent.getUsername(), AgentNotice.Kind.LOGGED_OUT, why, fullName(caller)));
    }

    /** A message to one agent of the caller's teams, shown on their console. */
    public void message(String username, String text) {
        Caller caller = supervisor();
        AppUser agent = agentInView(caller, username);
        String message = reason(text, MESSAGE_LENGTH);
        audit.changed(SecurityEventKind.AGENT_MESSAGE_SENT, agent.getUsername(), message);
        notices.fire(new AgentNotice(agent.getUsername(), AgentNotice.Kind.MESSAGE, message, fullName(caller)));
    }

    /** A message to every active agent of one of the caller's teams; returns how many it reached. */
    public int messageTeam(Long teamId, String text) {
        Caller caller = supervisor();
        Team team = teamId == null ? null : em.find(Team.class, teamId);
        if (team == null || !caller.teams().allows(teamId)) {
            throw new NotFoundException("team", teamId);
        }
        String message = reason(text, MESSAGE_LENGTH);
        List<String> members = em.createQuery("select a.user.username from Agent a where a.team = :t and a.user.active = true"
                + " order by a.user.username", String.class).setParameter("t", team).getResultList();
        audit.changed(SecurityEventKind.TEAM_MESSAGE_SENT, null, team.getName() + ": " + message);
        String from = fullName(caller);
        members.forEach(m -> notices.fire(new AgentNotice(m, AgentNotice.Kind.MESSAGE, message, from)));
        return members.size();
    }

    private void requireForcible(AppUser agent) {
        AgentState now = em.createQuery("select p.state from AgentStatePeriod p where p.agent = :a and p.endedAt is null", AgentState.class)
                .setParameter("a", agent).getResultStream().findFirst().orElse(AgentState.LOGGED_OUT);
        if (!now.canBeForcedBySupervisor()) {
            throw new DomainException("wallboard.force.refused." + now, agent.getFullName());
        }
    }

    private static String reason(String text, int max) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("wallboard.reason.required");
        }
        return PlainText.line(trimmed, "wallboard.reason", max);
    }

    /** An agent of the caller's teams; anyone else behaves like a name that does not exist. */
    private AppUser agentInView(Caller caller, String username) {
        return Tenancy.bindTeams(em.createQuery("select a.user from Agent a where a.user.username = :u and "
                        + Tenancy.teamsJpql(caller.teams(), "a.user.id"), AppUser.class), caller.teams())
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("agent", username));
    }

    private Client client(Caller caller, Long clientId) {
        Client client = em.find(Client.class, clientId);
        if (client == null || !caller.scope().allows(clientId)) {
            throw new NotFoundException("client", clientId);
        }
        return client;
    }

    private String fullName(Caller caller) {
        return em.find(AppUser.class, caller.userId()).getFullName();
    }

    private Caller supervisor() {
        Caller caller = callers.caller();
        caller.require(Role.SUPERVISOR, Role.ADMIN);
        return caller;
    }

    /** When today began, Rome time (the figures' day). */
    Instant startOfToday() {
        return LocalDate.now(clock.withZone(Zones.ROME)).atStartOfDay(Zones.ROME).toInstant();
    }
}
