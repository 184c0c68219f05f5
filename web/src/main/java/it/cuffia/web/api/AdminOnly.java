package it.cuffia.web.api;

import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Resources that do what only the admin console does (campaign set-up, do-not-call list, RPO
 * results) are for admins only, as the console's pages are: anyone else gets a 403 problem.
 */
final class AdminOnly {

    private AdminOnly() {
    }

    static void require(SecurityContext security) {
        if (security == null || !security.isUserInRole(Role.ADMIN.name())) {
            throw new ForbiddenException();
        }
    }
}
