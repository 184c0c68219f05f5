package it.cuffia.identity.application;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller of the current request, read once from the security context and the database.
 * Every application service asks it who is calling, which clients and which teams they may see.
 * A request an API token authenticates is read once: the token's lookup already loaded the user and
 * roles, and {@link #admit} keeps the caller it makes of them for the rest of the request.
 * The reading itself is {@link CallerReader}'s, made once for the application: this bean, made anew for
 * every request, holds nothing else (its two injected resources, the security context and the entity manager,
 * were made and injected at every request: 4 % of a ticket's CPU through the API).
 */
@RequestScoped
public class CallerContext {

    @Inject
    private CallerReader reader;

    private Caller caller;

    public Caller caller() {
        if (caller == null) {
            caller = reader.current();
        }
        return caller;
    }

    /**
     * The caller this request's authentication admitted (an active user with their roles, as an API token's
     * lookup loaded them), kept as this request's caller: no second read of the same user.
     */
    public Caller admit(AppUser user) {
        caller = reader.of(user);
        return caller;
    }
}
