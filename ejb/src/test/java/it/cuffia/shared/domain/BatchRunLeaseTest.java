package it.cuffia.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.BatchRunLease.Fate;
import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BatchRunLeaseTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final String A = "cuffia-1 4711@host-a 2026-03-10T08:00:00Z";

    private static BatchRunLease renewedAt(Instant renewal) {
        return new BatchRunLease(42, "month-close", A, BatchRunLease.renewedAt(renewal));
    }

    @Test
    void aLeaseOutlivesThreeRenewals() {
        assertEquals(Duration.ofSeconds(30), BatchRunLease.TERM);
        assertEquals(NOW.plusSeconds(30), BatchRunLease.renewedAt(NOW));
        BatchRunLease lease = renewedAt(NOW);
        assertFalse(lease.expiredAt(NOW.plus(BatchRunLease.RENEWAL.multipliedBy(2))), "two renewals missed: still alive");
        assertFalse(lease.expiredAt(NOW.plusSeconds(30).minusNanos(1)), "up to the last instant");
        assertTrue(lease.expiredAt(NOW.plusSeconds(30)), "from the instant it expires");
    }

    @Test
    void aRunningExecutionOfALiveServerIsLeftAlone() {
        BatchRunLease lease = renewedAt(NOW);
        for (BatchStatus status : BatchStatus.values()) {
            assertEquals(Fate.LEAVE, lease.fateOf(status, NOW.plusSeconds(29)), status.name());
        }
        assertEquals(Fate.LEAVE, lease.fateOf(null, NOW.plusSeconds(29)));
    }

    @Test
    void aRunStillRunningInTheRepositoryWhoseServerDiedIsRestarted() {
        BatchRunLease lease = renewedAt(NOW);
        assertEquals(Fate.RESTART, lease.fateOf(BatchStatus.STARTED, NOW.plusSeconds(30)));
        assertEquals(Fate.RESTART, lease.fateOf(BatchStatus.STARTING, NOW.plusSeconds(3600)), "died before its first step");
    }

    @Test
    void aRunBeingStoppedWhenItsServerDiedIsOnlyMarkedStopped() {
        assertEquals(Fate.STOPPED, renewedAt(NOW).fateOf(BatchStatus.STOPPING, NOW.plusSeconds(30)));
    }

    @Test
    void aRunThatHadEndedOnlyLosesItsLease() {
        BatchRunLease lease = renewedAt(NOW);
        for (BatchStatus ended : new BatchStatus[] {BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED}) {
            assertEquals(Fate.FORGET, lease.fateOf(ended, NOW.plusSeconds(30)), ended.name());
        }
        assertEquals(Fate.FORGET, lease.fateOf(null, NOW.plusSeconds(30)), "purged from the repository");
    }
}
