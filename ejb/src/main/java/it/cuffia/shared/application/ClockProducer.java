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
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    public Clock clock() {
        String anchor = System.getProperty("cuffia.clock.anchor", "").trim();
        if (anchor.isEmpty()) {
            return Clock.system(Zones.ROME);
        }
        Instant at = OffsetDateTime.parse(anchor).toInstant();
        return Clock.offset(Clock.system(Zones.ROME), Duration.between(Instant.now(), at));
    }
}
