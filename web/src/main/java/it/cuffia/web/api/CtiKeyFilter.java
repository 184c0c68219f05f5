package it.cuffia.web.api;

import it.cuffia.contact.application.InteractionService;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Checks a phone system's client key before its request's body is read or validated: a wrong key is a 401 whatever
 * the body, where it was a 400 listing the fields of a valid event when the body was empty. The one error mapping
 * answers it, as it answers a key the event's service refuses.
 */
@Provider
@CtiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class CtiKeyFilter implements ContainerRequestFilter {

    @Inject
    private InteractionService interactions;

    @Override
    public void filter(ContainerRequestContext request) {
        interactions.requireCtiKey(request.getHeaderString(CtiResource.API_KEY_HEADER));
    }
}
