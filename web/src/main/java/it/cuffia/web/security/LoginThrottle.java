package it.cuffia.web.security;

import it.cuffia.identity.domain.LoginBackoff;
import it.cuffia.web.grid.DataGrid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Failed logins per user name and per address, for the login page and the API alike. Kept in Payara's data grid
 * ({@link DataGrid}): every instance of a deployment group counts the same failures, so a guesser whom the load
 * balancer spreads over the instances gets no more tries than on one server. The grid keeps plain strings (its
 * members read them without the application's classes).
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int REMEMBERED = 10_000;

    @Inject
    private Clock clock;

    @Inject
    private DataGrid grid;

    private ConcurrentMap<String, String> names;
    private ConcurrentMap<String, String> addresses;

    @PostConstruct
    void share() {
        names = shared("cuffia-login-names");
        addresses = shared("cuffia-login-addresses");
    }

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

    private ConcurrentMap<String, String> shared(String name) {
        return grid.instance().<ConcurrentMap<String, String>>map(hazelcast -> hazelcast.getMap(name)).orElseGet(ConcurrentHashMap::new);
    }

    private static Optional<Instant> lockOf(ConcurrentMap<String, String> counts, String key, Instant now) {
        String backoff = counts.get(key);
        return backoff == null ? Optional.empty() : read(backoff).lockedUntil(now);
    }

    private static void record(ConcurrentMap<String, String> counts, String key, Instant now, Supplier<LoginBackoff> fresh) {
        if (counts.size() > REMEMBERED) { // guessed names must not fill the memory
            for (Map.Entry<String, String> entry : List.copyOf(counts.entrySet())) {
                if (read(entry.getValue()).isForgotten(now)) {
                    counts.remove(entry.getKey(), entry.getValue());
                }
            }
        }
        counts.merge(key, write(fresh.get().failed(now)), (old, ignored) -> write(read(old).failed(now)));
    }

    /** "free failures lastFailure": a failed login's backoff, as the grid keeps it. */
    private static String write(LoginBackoff backoff) {
        return backoff.freeFailures() + " " + backoff.failures() + " " + backoff.lastFailure();
    }

    private static LoginBackoff read(String written) {
        String[] parts = written.split(" ");
        return new LoginBackoff(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Instant.parse(parts[2]));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
