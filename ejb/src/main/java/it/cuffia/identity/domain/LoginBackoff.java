package it.cuffia.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a user name, or an address, waits after failed logins: a few mistakes cost nothing, then
 * every further failure doubles the wait (capped), so that guessing a password takes years; a success
 * forgives the name. An address gets many more free failures than a name: a whole call center may log in
 * from one address, and a guesser spraying names still runs into it.
 */
public record LoginBackoff(int freeFailures, int failures, Instant lastFailure) {

    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    public static LoginBackoff forUser() {
        return new LoginBackoff(5, 0, null);
    }

    public static LoginBackoff forAddress() {
        return new LoginBackoff(100, 0, null);
    }

    public LoginBackoff failed(Instant at) {
        return new LoginBackoff(freeFailures, failures + 1, at);
    }

    /** The moment logins are accepted again, if they are refused now. */
    public Optional<Instant> lockedUntil(Instant now) {
        if (failures < freeFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - freeFailures, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        Instant until = lastFailure.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Nothing left to remember: the last failure is older than the longest wait. */
    public boolean isForgotten(Instant now) {
        return lastFailure == null || lastFailure.plus(LONGEST_WAIT).isBefore(now);
    }
}
