package it.cuffia.shared.infrastructure;

import it.cuffia.identity.domain.ClientScope;

/** The tenancy filter of every list query: rows of the clients in the caller's scope only. */
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

    /** Sets the parameter of {@link #jpql}'s condition, when it has one. */
    public static <Q extends jakarta.persistence.Query> Q bind(Q query, ClientScope scope) {
        if (!scope.all() && !scope.clientIds().isEmpty()) {
            query.setParameter("tenancyClients", scope.clientIds());
        }
        return query;
    }
}
