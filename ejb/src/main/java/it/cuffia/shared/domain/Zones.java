package it.cuffia.shared.domain;

import java.time.ZoneId;

/** The suite runs an Italian contact center: business time is Rome time. */
public final class Zones {
    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private Zones() {
    }
}
