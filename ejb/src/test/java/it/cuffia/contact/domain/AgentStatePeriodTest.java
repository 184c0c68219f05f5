package it.cuffia.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentStatePeriodTest {

    private static final Instant NINE = Instant.parse("2026-11-23T08:00:00Z");
    private final AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));

    @Test
    void aPauseNeedsAReason() {
        assertEquals("agentState.pause.reason", assertThrows(DomainException.class,
                () -> new AgentStatePeriod(agent, AgentState.PAUSED, " ", NINE)).getMessageKey());
    }

    @Test
    void loggedOutIsTheAbsenceOfAPeriod() {
        assertEquals("agentState.loggedOut.notAPeriod", assertThrows(DomainException.class,
                () -> new AgentStatePeriod(agent, AgentState.LOGGED_OUT, null, NINE)).getMessageKey());
    }

    @Test
    void aPeriodLastsUntilItEndsAndEndsOnce() {
        AgentStatePeriod period = new AgentStatePeriod(agent, AgentState.AVAILABLE, null, NINE);
        assertEquals(Duration.ofMinutes(5), period.length(NINE.plusSeconds(300)));

        period.end(NINE.plusSeconds(600));
        period.end(NINE.plusSeconds(900));

        assertFalse(period.isOpen());
        assertEquals(Duration.ofMinutes(10), period.length(NINE.plusSeconds(3600)));
    }
}
