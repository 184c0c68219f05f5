package it.cuffia.shared.application;

import it.cuffia.shared.domain.Zones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The one clock of the suite. With {@code -Dcuffia.clock.anchor=2026-03-10T10:00:00+01:00} the
 * suite runs as if it were that moment, ticking on from there (tests and rehearsals outside
 * office hours); otherwise it is the system clock.
 *
 * <p>An anchored clock starts at the anchor when the server first reads it, unless
 * {@code cuffia.clock.anchor.since} names the real instant the anchor stands for: the instances of
 * a deployment group all get the group's start, so they tell the same time (a lead's lease held on
 * one instance is read on the other) whenever each of them started.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return clock(System.getProperty("cuffia.clock.anchor", ""),
                System.getProperty("cuffia.clock.anchor.since", ""), Clock.system(Zones.ROME));
    }

    static Clock clock(String anchor, String since, Clock system) {
        if (anchor.isBlank()) {
            return system;
        }
        Instant at = OffsetDateTime.parse(anchor.trim()).toInstant();
        Instant standsFor = since.isBlank() ? system.instant() : OffsetDateTime.parse(since.trim()).toInstant();
        return Clock.offset(system, Duration.between(standsFor, at));
    }
}
