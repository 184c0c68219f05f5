package it.cuffia.shared.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Who may do a timer's round now (issue 18, once per group): every server of a deployment group runs the suite's
 * timers, and only the holder of the timer's lease does the work. The holder keeps the lease by renewing it at each
 * round; a lease that was not renewed before it expired (its instance died or stopped) is free for the next
 * server whose timer fires. The same rule, in SQL, is the condition of the one UPDATE that takes the lease
 * ({@code TimerLeases}); RuleTwinsIT-style, {@code TimerLeaseIT} checks that both answer alike.
 */
public record TimerLease(String name, String holder, Instant expiresAt) {

    /** The longest name and holder the table keeps. */
    public static final int NAME_LENGTH = 80;
    public static final int HOLDER_LENGTH = 200;

    public TimerLease {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (name.isBlank() || name.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("a lease name has 1 to " + NAME_LENGTH + " characters: " + name);
        }
    }

    /** A lease nobody held yet: free at once. */
    public static TimerLease unheld(String name) {
        return new TimerLease(name, null, Instant.EPOCH);
    }

    /** The rule: its holder may renew it at any time, anyone else only once it has expired. */
    public boolean takeableBy(String candidate, Instant now) {
        return holderName(candidate).equals(holder) || !now.isBefore(expiresAt);
    }

    /**
     * When a lease taken at {@code now} for {@code term} expires. The term must outlast the timer's interval (and its
     * round), or the holder would lose the lease between two of its rounds and the servers would take turns.
     */
    public static Instant expiry(Instant now, Duration term) {
        if (term.isNegative() || term.isZero()) {
            throw new IllegalArgumentException("a lease lasts a while: " + term);
        }
        return now.plus(term);
    }

    /** A holder's name as stored: the instance and its JVM, cut to the column. */
    public static String holderName(String holder) {
        if (holder == null || holder.isBlank()) {
            throw new IllegalArgumentException("a lease is held by someone");
        }
        return holder.length() > HOLDER_LENGTH ? holder.substring(0, HOLDER_LENGTH) : holder;
    }
}
