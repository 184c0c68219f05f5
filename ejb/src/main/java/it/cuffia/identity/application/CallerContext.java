package it.cuffia.identity.application;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The caller of the current request, read once from the security context and the database.
 * Every application service asks it who is calling, which clients and which teams they may see.
 * A request an API token authenticates is read once: the token's lookup already loaded the user and
 * roles, and {@link #admit} keeps the caller it makes of them for the rest of the request.
 */
@RequestScoped
public class CallerContext {

    @Inject
    private SecurityContext security;

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    private Caller caller;

    public Caller caller() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new ForbiddenException();
            }
            caller = load(principal.getName());
        }
        return caller;
    }

    /**
     * The caller this request's authentication admitted (an active user with their roles, as an API token's
     * lookup loaded them), kept as this request's caller: no second read of the same user.
     */
    public Caller admit(AppUser user) {
        caller = of(user);
        return caller;
    }

    private Caller load(String username) {
        List<AppUser> users = em.createNamedQuery(AppUser.ACTIVE_CALLER, AppUser.class).setParameter("username", username).getResultList();
        if (users.isEmpty()) {
            throw new ForbiddenException();
        }
        return of(users.get(0));
    }

    /** The user with the clients and teams their roles let them see. */
    private Caller of(AppUser user) {
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
