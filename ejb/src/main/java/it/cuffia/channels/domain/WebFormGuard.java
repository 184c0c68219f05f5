package it.cuffia.channels.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The web form's protection against bots, with no outside service: a field people never see (a bot fills
 * every field), a signed stamp of when the form was served (people take seconds to fill it in, a bot
 * milliseconds; a stamp hours old is a form kept to be replayed), and limits per e-mail address and per
 * network address over the last hour, counted in the database so that every server of a cluster sees them.
 */
public final class WebFormGuard {

    /** Less than this between serving and sending: no person typed a name, an address and a message. */
    public static final Duration MINIMUM_FILL = Duration.ofSeconds(3);
    /** A served form is good for this long (a person who leaves it open over lunch reloads it). */
    public static final Duration MAXIMUM_AGE = Duration.ofHours(4);
    /** The window of the rate limits. */
    public static final Duration WINDOW = Duration.ofHours(1);
    /** Submissions per e-mail address in the window: a person writes again, a mail bomb does not get through. */
    public static final int PER_EMAIL = 3;
    /** Submissions per network address in the window: an office behind one address still gets through. */
    public static final int PER_ADDRESS = 20;

    private WebFormGuard() {
    }

    /** The refusal of a bot-like submission, if it is one. {@code issuedAt} is empty when the stamp is not the form's. */
    public static Optional<WebFormOutcome> botCheck(String honeypot, Optional<Instant> issuedAt, Instant now) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return Optional.of(WebFormOutcome.HONEYPOT);
        }
        if (issuedAt.isEmpty()) {
            return Optional.of(WebFormOutcome.BAD_STAMP);
        }
        Duration age = Duration.between(issuedAt.get(), now);
        if (age.compareTo(MINIMUM_FILL) < 0) {
            return Optional.of(WebFormOutcome.TOO_FAST);
        }
        if (age.compareTo(MAXIMUM_AGE) > 0) {
            return Optional.of(WebFormOutcome.EXPIRED);
        }
        return Optional.empty();
    }

    /** The refusal when the earlier submissions of the window (this one not counted) reach a limit. */
    public static Optional<WebFormOutcome> rateCheck(long earlierByEmail, long earlierByAddress) {
        if (earlierByEmail >= PER_EMAIL) {
            return Optional.of(WebFormOutcome.RATE_EMAIL);
        }
        if (earlierByAddress >= PER_ADDRESS) {
            return Optional.of(WebFormOutcome.RATE_ADDRESS);
        }
        return Optional.empty();
    }

    /** Where the window of the rate limits starts for a submission now. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }
}
