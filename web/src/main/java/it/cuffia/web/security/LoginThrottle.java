package it.cuffia.web.security;

import it.cuffia.identity.domain.LoginBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Failed logins per user name and per address, for the login page and the API alike. Kept in this
 * server's memory: one instance of a deployment group counts its own failures (a known limit).
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int REMEMBERED = 10_000;

    @Inject
    private Clock clock;

    private final ConcurrentMap<String, LoginBackoff> names = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LoginBackoff> addresses = new ConcurrentHashMap<>();

    /** How long logins of this name from this address are still refused, if they are refused now. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(lockOf(names, key(username), now), lockOf(addresses, address, now))
                .flatMap(Optional::stream).max(Comparator.naturalOrder()).map(until -> Duration.between(now, until));
    }

    /** The wait said in whole minutes, never "0 minutes". */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(names, key(username), now, LoginBackoff::forUser);
        record(addresses, address, now, LoginBackoff::forAddress);
    }

    /** A success forgives the name, not the address: one valid account must not reset a guesser's count. */
    public void succeeded(String username) {
        names.remove(key(username));
    }

    private static Optional<Instant> lockOf(ConcurrentMap<String, LoginBackoff> counts, String key, Instant now) {
        LoginBackoff backoff = counts.get(key);
        return backoff == null ? Optional.empty() : backoff.lockedUntil(now);
    }

    private static void record(ConcurrentMap<String, LoginBackoff> counts, String key, Instant now, Supplier<LoginBackoff> fresh) {
        if (counts.size() > REMEMBERED) {
            counts.values().removeIf(backoff -> backoff.isForgotten(now)); // guessed names must not fill the memory
        }
        counts.merge(key, fresh.get().failed(now), (old, ignored) -> old.failed(now));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
