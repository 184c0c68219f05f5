package it.cuffia.identity.application;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a caller: who the security context says is calling, the user from the database, and the clients and teams
 * their roles let them see. Keeps nothing between calls (each call reads anew, in the calling transaction: a role
 * taken away works no longer than the request in flight); {@link CallerContext} keeps the result for one request.
 * Application scoped so that its resources are injected once: the entity manager is the container's transaction-scoped
 * one, and the security context answers for the calling thread's request.
 */
@ApplicationScoped
public class CallerReader {

    @Inject
    private SecurityContext security;

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    /** The caller the security context names, as the database has them now; forbidden if nobody or no active user. */
    public Caller current() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new ForbiddenException();
        }
        return load(principal.getName());
    }

    private Caller load(String username) {
        List<AppUser> users = em.createNamedQuery(AppUser.ACTIVE_CALLER, AppUser.class).setParameter("username", username).getResultList();
        if (users.isEmpty()) {
            throw new ForbiddenException();
        }
        return of(users.get(0));
    }

    /** The user with the clients and teams their roles let them see. */
    public Caller of(AppUser user) {
        Set<Long> own = new HashSet<>();
        if (user.hasRole(Role.AGENT)) {
            own.addAll(em.createQuery(
                            "select c.id from Agent a join a.clients c where a.user = :user", Long.class)
                    .setParameter("user", user).getResultList());
        }
        if (user.hasRole(Role.SALES)) {
            own.addAll(em.createQuery(
                            "select s.client.id from SalesPerson s where s.user = :user", Long.class)
                    .setParameter("user", user).getResultList());
        }
        Set<Long> led = new HashSet<>();
        if (user.hasRole(Role.SUPERVISOR)) {
            led.addAll(em.createQuery("select t.id from Team t where t.supervisor = :user and t.active = true", Long.class)
                    .setParameter("user", user).getResultList());
            if (!led.isEmpty()) {
                // the clients of the supervisor's teams: those their agents work for
                own.addAll(em.createQuery("select distinct c.id from Agent a join a.clients c where a.team.id in :teams", Long.class)
                        .setParameter("teams", led).getResultList());
            }
        }
        return new Caller(user.getId(), user.getUsername(), user.getRoles(), Caller.scopeFor(user.getRoles(), own),
                Caller.teamsFor(user.getRoles(), led));
    }
}
