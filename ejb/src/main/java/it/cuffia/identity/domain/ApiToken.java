package it.cuffia.identity.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.PlainText;
import it.cuffia.shared.domain.Secrets;
import it.cuffia.shared.domain.Zones;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A program's key to the API on behalf of a user: it acts with the user's roles until it expires or is
 * revoked. Only the SHA-256 of the token is kept, so a token is shown once, when it is issued; checking it
 * costs a lookup instead of a PBKDF2 per request (HTTP Basic).
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.user where t.tokenHash = :hash",
        hints = {@QueryHint(name = "eclipselink.left-join-fetch", value = "t.user.roles"), @QueryHint(name = "eclipselink.read-only", value = "true")})
public class ApiToken extends AbstractEntity {

    /**
     * The token with this hash, its user and the user's roles in one statement, only read (every API call asks it).
     * Named with its hints so that its SQL is prepared once (see {@link AppUser#ACTIVE_CALLER}). Parameter {@code hash}.
     */
    public static final String BY_HASH = "ApiToken.byHash";

    /** Tokens start with this, so that secret scanners and people recognise one pasted where it should not be. */
    public static final String PREFIX = "cuffia_";
    public static final int LONGEST_VALIDITY_DAYS = 366;
    public static final int NAME_LENGTH = 80;
    /** Last use is written at most this often: a program calling ten times a second must not write ten rows. */
    public static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    /** The token just issued, with the only copy of its secret. */
    public record Issued(ApiToken token, String secret) {
    }

    /**
     * Issues a token for the user, valid through the given day (Europe/Rome) and at most a year: a token
     * that never expires outlives the program and the person who knew about it.
     */
    public static Issued issue(AppUser user, String name, LocalDate validThrough, Instant now) {
        String label = PlainText.line(name == null ? null : name.strip(), "token.name", NAME_LENGTH);
        if (label == null || label.isBlank()) {
            throw new DomainException("token.name.required");
        }
        LocalDate today = LocalDate.ofInstant(now, Zones.ROME);
        if (validThrough == null || validThrough.isBefore(today) || validThrough.isAfter(today.plusDays(LONGEST_VALIDITY_DAYS))) {
            throw new DomainException("token.expiry.range", LONGEST_VALIDITY_DAYS);
        }
        if (!user.isActive()) {
            throw new DomainException("token.user.inactive");
        }
        String secret = PREFIX + Secrets.newSecret();
        ApiToken token = new ApiToken();
        token.user = user;
        token.name = label;
        token.tokenHash = hashOf(secret);
        token.createdAt = now;
        token.expiresAt = validThrough.plusDays(1).atStartOfDay(Zones.ROME).toInstant();
        return new Issued(token, secret);
    }

    public static String hashOf(String secret) {
        return Secrets.hashOf(secret);
    }

    /** Whether this is the token of that secret (compared by hash: the secret itself is not kept). */
    public boolean matches(String secret) {
        return tokenHash.equals(hashOf(secret));
    }

    /** Whether a request carrying this token is let in now (the user must be active too). */
    public boolean admits(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && user.isActive();
    }

    /** Whether a use now is worth writing down: the last one recorded is older than {@link #USE_RECORDED_EVERY}. */
    public boolean isUseWorthRecording(Instant now) {
        return lastUsedAt == null || lastUsedAt.plus(USE_RECORDED_EVERY).isBefore(now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** What the token's list says of it now. */
    public enum State { WORKING, EXPIRED, REVOKED }

    public State stateAt(Instant now) {
        return isRevoked() ? State.REVOKED : isExpired(now) ? State.EXPIRED : State.WORKING;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public AppUser getUser() { return user; }
    public String getName() { return name; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }

    /** The last day the token works, in Rome. */
    public LocalDate getValidThrough() {
        return LocalDate.ofInstant(expiresAt, Zones.ROME).minusDays(1);
    }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
