package it.cuffia.shared.infrastructure;

import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.ClientScope;
import it.cuffia.identity.domain.TeamScope;
import jakarta.persistence.criteria.Subquery;

/**
 * The tenancy filter of every list query: rows of the clients in the caller's scope only; for rows of
 * people (pay statements), rows of the agents of the teams in the caller's scope only.
 */
public final class Tenancy {

    private Tenancy() {
    }

    /** @param clientPath path from the root to its client, e.g. "client" or "customer.client"; "" for a client itself */
    public static <T> PagedQuery.Restriction<T> within(ClientScope scope, String clientPath) {
        return (cb, root) -> {
            if (scope.all()) {
                return cb.conjunction();
            }
            if (scope.clientIds().isEmpty()) {
                return cb.disjunction();
            }
            jakarta.persistence.criteria.Path<?> path = root;
            if (!clientPath.isEmpty()) {
                for (String part : clientPath.split("\\.")) {
                    path = path.get(part);
                }
            }
            return path.get("id").in(scope.clientIds());
        };
    }

    /**
     * The same filter for a JPQL statement: a condition on the path of the client's id (e.g. "c.client.id"),
     * whose parameter {@link #bind} sets. The database filters; no rows of other clients are loaded. No
     * literal conditions such as {@code 1 = 1}: with one, EclipseLink writes every literal of the statement
     * inline, and H2 refuses {@code active = 1} for a boolean column. A client id is never null.
     */
    public static String jpql(ClientScope scope, String clientIdPath) {
        if (scope.all()) {
            return clientIdPath + " is not null";
        }
        return scope.clientIds().isEmpty() ? clientIdPath + " is null" : clientIdPath + " in :tenancyClients";
    }

    /**
     * {@link #jpql}'s condition for native SQL: the caller's own client ids written as numbers (no parameter to bind;
     * an empty scope matches nothing).
     */
    public static String sql(ClientScope scope, String clientIdColumn) {
        if (scope.all()) {
            return clientIdColumn + " is not null";
        }
        return clientIdColumn + " in (" + SqlValues.idList(scope.clientIds()) + ")";
    }

    /** Sets the parameter of {@link #jpql}'s condition, when it has one. */
    public static <Q extends jakarta.persistence.Query> Q bind(Q query, ClientScope scope) {
        if (!scope.all() && !scope.clientIds().isEmpty()) {
            query.setParameter("tenancyClients", scope.clientIds());
        }
        return query;
    }

    /**
     * Rows of the agents of the teams in scope: {@code userPath} leads from the root to the agent's user
     * (e.g. "agent" for a pay statement). The database filters with a subquery on the agents' teams.
     */
    public static <T> PagedQuery.QueryRestriction<T> ofTeams(TeamScope scope, String userPath) {
        return (cb, root, query) -> {
            if (scope.all()) {
                return cb.conjunction();
            }
            if (scope.teamIds().isEmpty()) {
                return cb.disjunction();
            }
            jakarta.persistence.criteria.Path<?> user = root;
            for (String part : userPath.split("\\.")) {
                user = user.get(part);
            }
            Subquery<Long> members = query.subquery(Long.class);
            jakarta.persistence.criteria.Root<Agent> agent = members.from(Agent.class);
            members.select(agent.get("user").get("id")).where(agent.get("team").get("id").in(scope.teamIds()));
            return user.get("id").in(members);
        };
    }

    /** Teams themselves in the caller's scope: the ones a supervisor leads (admins: every team). */
    public static <T> PagedQuery.Restriction<T> teams(TeamScope scope) {
        return (cb, root) -> {
            if (scope.all()) {
                return cb.conjunction();
            }
            return scope.teamIds().isEmpty() ? cb.disjunction() : root.get("id").in(scope.teamIds());
        };
    }

    /**
     * The same filter for a JPQL statement: a condition on the path of the agent's user id (e.g. "s.agent.id"),
     * whose parameter {@link #bindTeams} sets. Same rule as {@link #ofTeams}, same caveat as {@link #jpql}.
     */
    public static String teamsJpql(TeamScope scope, String userIdPath) {
        if (scope.all()) {
            return userIdPath + " is not null";
        }
        return scope.teamIds().isEmpty() ? userIdPath + " is null"
                : userIdPath + " in (select tenancyAgent.user.id from Agent tenancyAgent where tenancyAgent.team.id in :tenancyTeams)";
    }

    /** {@link #teamsJpql}'s condition for native SQL: the team ids written as numbers (no parameter to bind). */
    public static String teamsSql(TeamScope scope, String userIdColumn) {
        if (scope.all()) {
            return userIdColumn + " is not null";
        }
        return scope.teamIds().isEmpty() ? userIdColumn + " is null"
                : userIdColumn + " in (select tenancy_agent.user_id from agent tenancy_agent where tenancy_agent.team_id in ("
                + SqlValues.idList(scope.teamIds()) + "))";
    }

    /** The team of an agent's user, or null (no agent profile, no team): what a {@link TeamScope} is asked about. */
    public static Long teamOf(jakarta.persistence.EntityManager em, it.cuffia.identity.domain.AppUser user) {
        return em.createQuery("select a.team.id from Agent a where a.user = :u", Long.class)
                .setParameter("u", user).getResultStream().findFirst().orElse(null);
    }

    /** Sets the parameter of {@link #teamsJpql}'s condition, when it has one. */
    public static <Q extends jakarta.persistence.Query> Q bindTeams(Q query, TeamScope scope) {
        if (!scope.all() && !scope.teamIds().isEmpty()) {
            query.setParameter("tenancyTeams", scope.teamIds());
        }
        return query;
    }
}
