package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebFormGuardTest {

    private static final Instant SERVED = Instant.parse("2026-03-10T09:00:00Z");

    private static Optional<WebFormOutcome> sentAfter(long seconds) {
        return WebFormGuard.botCheck("", Optional.of(SERVED), SERVED.plusSeconds(seconds));
    }

    @Test
    void aPersonWhoTookSomeSecondsGetsThrough() {
        assertEquals(Optional.empty(), sentAfter(3));
        assertEquals(Optional.empty(), sentAfter(90));
        assertEquals(Optional.empty(), WebFormGuard.botCheck(null, Optional.of(SERVED), SERVED.plusSeconds(4 * 3600)));
    }

    @Test
    void aFormSentWithinTheMinimumFillTimeIsTooFast() {
        assertEquals(Optional.of(WebFormOutcome.TOO_FAST), sentAfter(0));
        assertEquals(Optional.of(WebFormOutcome.TOO_FAST), sentAfter(2));
        assertEquals(Optional.of(WebFormOutcome.TOO_FAST), sentAfter(-30), "a stamp from the future");
    }

    @Test
    void aFormServedHoursAgoHasExpired() {
        assertEquals(Optional.of(WebFormOutcome.EXPIRED), sentAfter(4 * 3600 + 1));
    }

    @Test
    void theHiddenFieldFilledInGivesTheBotAway() {
        assertEquals(Optional.of(WebFormOutcome.HONEYPOT), WebFormGuard.botCheck("http://spam.example", Optional.of(SERVED),
                SERVED.plusSeconds(60)));
        assertEquals(Optional.of(WebFormOutcome.HONEYPOT), WebFormGuard.botCheck(" ", Optional.empty(), SERVED));
    }

    @Test
    void aStampTheFormDidNotSignIsRefused() {
        assertEquals(Optional.of(WebFormOutcome.BAD_STAMP), WebFormGuard.botCheck("", Optional.empty(), SERVED));
    }

    @Test
    void theLimitsCountTheEarlierSubmissionsOfTheHour() {
        assertEquals(Optional.empty(), WebFormGuard.rateCheck(0, 0));
        assertEquals(Optional.empty(), WebFormGuard.rateCheck(WebFormGuard.PER_EMAIL - 1, WebFormGuard.PER_ADDRESS - 1));
        assertEquals(Optional.of(WebFormOutcome.RATE_EMAIL), WebFormGuard.rateCheck(WebFormGuard.PER_EMAIL, 0));
        assertEquals(Optional.of(WebFormOutcome.RATE_ADDRESS), WebFormGuard.rateCheck(0, WebFormGuard.PER_ADDRESS));
        assertEquals(Instant.parse("2026-03-10T08:00:00Z"), WebFormGuard.windowStart(SERVED));
    }
}
