package it.cuffia.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimerLeaseTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final String A = "instance-a 4711@host-a 2026-03-10T08:00:00Z";
    private static final String B = "instance-b 4712@host-b 2026-03-10T08:00:01Z";

    private static TimerLease heldByAUntil(Instant until) {
        return new TimerLease("mail-outbox", A, until);
    }

    @Test
    void aLeaseNobodyHeldIsFreeForAnyone() {
        assertTrue(TimerLease.unheld("wrap-up").takeableBy(A, NOW));
        assertTrue(TimerLease.unheld("wrap-up").takeableBy(B, Instant.EPOCH), "expired from the start");
    }

    @Test
    void whileItIsValidOnlyItsHolderTakesIt() {
        TimerLease lease = heldByAUntil(NOW.plusSeconds(60));
        assertFalse(lease.takeableBy(B, NOW));
        assertFalse(lease.takeableBy(B, NOW.plusSeconds(59).plusNanos(999_999_999)), "up to the last instant before expiry");
        assertTrue(lease.takeableBy(A, NOW), "the holder renews it");
        assertTrue(lease.takeableBy(A, NOW.plusSeconds(600)), "and takes it back after expiry too");
    }

    @Test
    void fromItsExpiryAnyoneTakesIt() {
        TimerLease lease = heldByAUntil(NOW.plusSeconds(60));
        assertTrue(lease.takeableBy(B, NOW.plusSeconds(60)), "at the instant it expires");
        assertTrue(lease.takeableBy(B, NOW.plusSeconds(61)));
    }

    @Test
    void aLeaseLastsItsTermFromWhenItWasTaken() {
        assertEquals(NOW.plusSeconds(10), TimerLease.expiry(NOW, Duration.ofSeconds(10)));
        assertThrows(IllegalArgumentException.class, () -> TimerLease.expiry(NOW, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> TimerLease.expiry(NOW, Duration.ofSeconds(-1)));
    }

    @Test
    void aHolderIsSomeoneAndFitsItsColumn() {
        assertThrows(IllegalArgumentException.class, () -> TimerLease.holderName(" "));
        String long_ = "x".repeat(TimerLease.HOLDER_LENGTH + 20);
        assertEquals(TimerLease.HOLDER_LENGTH, TimerLease.holderName(long_).length());
        TimerLease lease = new TimerLease("surveys", TimerLease.holderName(long_), NOW.plusSeconds(60));
        assertTrue(lease.takeableBy(long_, NOW), "the holder is recognised by the name as stored");
    }

    @Test
    void aLeaseHasAName() {
        assertThrows(IllegalArgumentException.class, () -> TimerLease.unheld(""));
        assertThrows(IllegalArgumentException.class, () -> TimerLease.unheld("n".repeat(TimerLease.NAME_LENGTH + 1)));
    }
}
