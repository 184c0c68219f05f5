package it.cuffia.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.shared.domain.Zones;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    private static final Clock REAL = Clock.fixed(Instant.parse("2026-12-06T16:00:00Z"), Zones.ROME);

    @Test
    void withoutAnAnchorTheSuiteRunsOnTheRealClock() {
        assertEquals(REAL.instant(), ClockProducer.clock("", "", REAL).instant());
    }

    @Test
    void anAnchoredClockStartsAtTheAnchorWhenFirstRead() {
        Clock clock = ClockProducer.clock("2026-03-10T10:00:00+01:00", "", REAL);
        assertEquals(Instant.parse("2026-03-10T09:00:00Z"), clock.instant());
    }

    @Test
    void instancesGivenTheGroupsStartTellTheSameTimeWhenEverTheyStarted() {
        String since = "2026-12-06T16:58:00+01:00"; // the group's start, two minutes before this instance read it
        Clock clock = ClockProducer.clock("2026-03-10T10:00:00+01:00", since, REAL);
        assertEquals(Instant.parse("2026-03-10T09:02:00Z"), clock.instant());
        assertEquals(Zones.ROME, clock.getZone());
    }
}
