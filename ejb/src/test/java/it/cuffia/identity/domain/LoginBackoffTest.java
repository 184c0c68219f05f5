package it.cuffia.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginBackoffTest {

    private static final Instant T = Instant.parse("2026-03-10T09:00:00Z");

    private static LoginBackoff failures(LoginBackoff start, int count) {
        LoginBackoff backoff = start;
        for (int i = 0; i < count; i++) {
            backoff = backoff.failed(T);
        }
        return backoff;
    }

    @Test
    void fourMistakesCostNothing() {
        assertEquals(Optional.empty(), failures(LoginBackoff.forUser(), 4).lockedUntil(T));
    }

    @Test
    void theFifthFailureLocksTheNameForHalfAMinuteAndEachFurtherOneDoublesIt() {
        assertEquals(Optional.of(T.plusSeconds(30)), failures(LoginBackoff.forUser(), 5).lockedUntil(T));
        assertEquals(Optional.of(T.plusSeconds(60)), failures(LoginBackoff.forUser(), 6).lockedUntil(T));
        assertEquals(Optional.of(T.plusSeconds(120)), failures(LoginBackoff.forUser(), 7).lockedUntil(T));
        assertEquals(Optional.empty(), failures(LoginBackoff.forUser(), 5).lockedUntil(T.plusSeconds(30)));
    }

    @Test
    void theWaitNeverExceedsFifteenMinutes() {
        assertEquals(Optional.of(T.plus(Duration.ofMinutes(15))), failures(LoginBackoff.forUser(), 200).lockedUntil(T));
    }

    @Test
    void anAddressSharedByACallCenterHasAHundredFreeFailures() {
        assertEquals(Optional.empty(), failures(LoginBackoff.forAddress(), 99).lockedUntil(T));
        assertTrue(failures(LoginBackoff.forAddress(), 100).lockedUntil(T).isPresent());
    }

    @Test
    void aFailureOlderThanTheLongestWaitIsForgotten() {
        LoginBackoff one = LoginBackoff.forUser().failed(T);
        assertFalse(one.isForgotten(T.plus(Duration.ofMinutes(15))));
        assertTrue(one.isForgotten(T.plus(Duration.ofMinutes(15)).plusSeconds(1)));
    }
}
