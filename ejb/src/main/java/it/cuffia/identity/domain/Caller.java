package it.cuffia.identity.domain;

import it.cuffia.shared.domain.ForbiddenException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;

/** Who is calling a service: user, roles and the clients they may see. */
public record Caller(Long userId, String username, Set<Role> roles, ClientScope scope) implements Serializable {

    public static ClientScope scopeFor(Set<Role> roles, Set<Long> ownClientIds) {
        return roles.contains(Role.ADMIN) || roles.contains(Role.SUPERVISOR)
                ? ClientScope.everything()
                : ClientScope.only(ownClientIds);
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
