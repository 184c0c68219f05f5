package it.cuffia.shared.application;

import it.cuffia.shared.domain.Zones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the suite; tests replace "now" by giving services a fixed clock. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.system(Zones.ROME);
    }
}
