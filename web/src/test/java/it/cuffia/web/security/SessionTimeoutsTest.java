package it.cuffia.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionTimeoutsTest {

    @Test
    void anAgentsConsoleStaysSignedInForAShiftOfWaitingOthersKeepTheDefault() {
        assertEquals(Optional.of(Duration.ofHours(8)), SessionTimeouts.forGroups(Set.of("AGENT"), null));
        assertEquals(Optional.of(Duration.ofHours(8)), SessionTimeouts.forGroups(Set.of("AGENT", "SUPERVISOR"), 0));
        assertEquals(Optional.of(Duration.ofMinutes(600)), SessionTimeouts.forGroups(Set.of("AGENT"), 600));
        assertEquals(Optional.empty(), SessionTimeouts.forGroups(Set.of("SUPERVISOR"), 600));
        assertEquals(Optional.empty(), SessionTimeouts.forGroups(Set.of("ADMIN", "SALES"), null));
    }
}
