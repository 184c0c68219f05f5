package it.cuffia.identity.domain;

import java.io.Serializable;
import java.util.Set;

/**
 * The client companies whose data a caller may see: all of them (admins), the ones the agents of a
 * supervisor's teams work for, the ones an agent works for, or the one a sales person belongs to
 * (see {@link Caller}).
 */
public record ClientScope(boolean all, Set<Long> clientIds) implements Serializable {

    public ClientScope {
        clientIds = Set.copyOf(clientIds);
    }

    public static ClientScope everything() {
        return new ClientScope(true, Set.of());
    }

    public static ClientScope only(Set<Long> clientIds) {
        return new ClientScope(false, clientIds);
    }

    public boolean allows(Long clientId) {
        return all || clientIds.contains(clientId);
    }
}
