package it.cuffia.identity.application;

import it.cuffia.identity.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Role checks for components of other modules (the batch module): as an EJB of this module it
 * resolves the caller with this module's persistence unit, which other modules cannot see.
 */
@Stateless
public class Authorization {

    @Inject
    private CallerContext callers;

    public void require(Role... anyOf) {
        callers.caller().require(anyOf);
    }
}
