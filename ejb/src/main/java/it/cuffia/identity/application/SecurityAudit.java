package it.cuffia.identity.application;

import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SecurityEvent;
import it.cuffia.identity.domain.SecurityEventKind;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.infrastructure.PagedQuery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The security audit log. Services record what their caller changed inside their own transaction;
 * the login mechanism, which runs outside any, records logins in one of their own.
 */
@Stateless
public class SecurityAudit {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /** A login event: the name typed and the address it came from; nobody is logged in yet. */
    public void login(SecurityEventKind kind, String username, String address, String detail) {
        em.persist(new SecurityEvent(clock.instant(), kind, username, null, address, detail));
    }

    /** A change the current caller made to an account (theirs or, for an admin, anybody's). */
    public void changed(SecurityEventKind kind, String username, String detail) {
        em.persist(new SecurityEvent(clock.instant(), kind, username, callers.caller().username(), null, detail));
    }

    public Page<SecurityEvent> page(PageRequest request) {
        callers.caller().require(Role.ADMIN);
        return PagedQuery.of(em, SecurityEvent.class)
                .field("occurredAt", "occurredAt")
                .field("kind", "kind")
                .searchable("username", "username")
                .searchable("actor", "actor")
                .field("address", "address")
                .searchable("detail", "detail")
                .orderBy("occurredAt")
                .run(request);
    }
}
