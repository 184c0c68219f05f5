package it.cuffia.identity.domain;

import it.cuffia.shared.domain.ForbiddenException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;

/**
 * Who is calling a service: user, roles, the clients whose data they may see and the teams whose
 * people they may see (issue 19 §4, "who sees what"):
 * <ul>
 * <li>admins: every client, every team;</li>
 * <li>supervisors: the teams they lead, and the clients the agents of those teams work for (their tickets,
 * campaigns, customers…);</li>
 * <li>agents: the clients they work for; sales people: their client; neither sees any team.</li>
 * </ul>
 */
public record Caller(Long userId, String username, Set<Role> roles, ClientScope scope, TeamScope teams) implements Serializable {

    /** A caller who leads no team. */
    public Caller(Long userId, String username, Set<Role> roles, ClientScope scope) {
        this(userId, username, roles, scope, roles.contains(Role.ADMIN) ? TeamScope.everything() : TeamScope.only(Set.of()));
    }

    /**
     * @param ownClientIds the clients an agent works for, a sales person belongs to, or the agents of a
     *                     supervisor's teams work for
     */
    public static ClientScope scopeFor(Set<Role> roles, Set<Long> ownClientIds) {
        return roles.contains(Role.ADMIN) ? ClientScope.everything() : ClientScope.only(ownClientIds);
    }

    /** @param ledTeamIds the teams the user leads as supervisor */
    public static TeamScope teamsFor(Set<Role> roles, Set<Long> ledTeamIds) {
        if (roles.contains(Role.ADMIN)) {
            return TeamScope.everything();
        }
        return TeamScope.only(roles.contains(Role.SUPERVISOR) ? ledTeamIds : Set.of());
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Refuses the call unless the caller has one of the roles. */
    public void require(Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(roles::contains)) {
            throw new ForbiddenException();
        }
    }

    public void requireClient(Long clientId) {
        if (!scope.allows(clientId)) {
            throw new ForbiddenException();
        }
    }
}
