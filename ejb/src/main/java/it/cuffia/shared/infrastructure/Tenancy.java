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
}
