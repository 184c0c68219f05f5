package it.cuffia.identity.application;

import it.cuffia.identity.domain.ApiToken;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SecurityEventKind;
import it.cuffia.shared.domain.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** API tokens: each user issues and revokes their own; admins see and revoke everybody's. */
@Stateless
public class ApiTokenService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Inject
    private SecurityAudit audit;

    @Resource
    private SessionContext context;

    public ApiToken.Issued issue(String name, LocalDate validThrough) {
        AppUser me = em.find(AppUser.class, callers.caller().userId());
        ApiToken.Issued issued = ApiToken.issue(me, name, validThrough, clock.instant());
        em.persist(issued.token());
        audit.changed(SecurityEventKind.TOKEN_ISSUED, me.getUsername(), tokenDetail(issued.token()));
        return issued;
    }

    /** The caller's tokens, newest first, revoked and expired ones included (they explain a program's 401). */
    public List<ApiToken> mine() {
        return em.createQuery("select t from ApiToken t where t.user.id = :user order by t.createdAt desc", ApiToken.class)
                .setParameter("user", callers.caller().userId()).getResultList();
    }

    /** Every token still working, for admins: whose, what for, last used. */
    public List<ApiToken> working() {
        callers.caller().require(Role.ADMIN);
        return em.createQuery("select t from ApiToken t join fetch t.user where t.revokedAt is null and t.expiresAt > :now"
                        + " order by t.createdAt desc", ApiToken.class)
                .setParameter("now", clock.instant()).getResultList();
    }

    /** Revokes one of the caller's tokens, or anybody's for an admin; another user's token is not found. */
    public void revoke(Long id) {
        Caller caller = callers.caller();
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, id))
                .filter(t -> caller.is(Role.ADMIN) || t.getUser().getId().equals(caller.userId()))
                .orElseThrow(() -> new NotFoundException("token", id));
        if (!token.isRevoked()) {
            token.revoke(clock.instant());
            audit.changed(SecurityEventKind.TOKEN_REVOKED, token.getUser().getUsername(), tokenDetail(token));
        }
    }

    private static String tokenDetail(ApiToken token) {
        return token.getName() + " (#" + token.getId() + ")";
    }

    /**
     * The caller a token admits now, if any, who is this request's caller from now on ({@link CallerContext#admit}).
     * Read without a transaction of its own (issue 17: it is asked at every API call, and a transaction for two reads
     * cost a connection, a BEGIN and a COMMIT more per request). Last use is written by a bulk update at most once a
     * minute, in a transaction of its own, so that concurrent calls with one token neither write per request nor
     * collide on the row's version.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> holderOf(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", ApiToken.hashOf(secret))
                .getResultStream().findFirst()
                .filter(token -> token.admits(now));
        found.filter(token -> token.isUseWorthRecording(now))
                .ifPresent(token -> context.getBusinessObject(ApiTokenService.class).recordUse(token.getId(), now));
        return found.map(token -> callers.admit(token.getUser()));
    }

    /** Records a token's use unless another call recorded one within the last minute. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordUse(Long tokenId, Instant now) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
                .setParameter("now", now).setParameter("id", tokenId)
                .setParameter("before", now.minus(ApiToken.USE_RECORDED_EVERY)).executeUpdate();
    }
}
