package it.cuffia.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.Client;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentTest {

    private final Client aurora = new Client("AURORA", "Telefonia Aurora S.p.A.");
    private final Client verde = new Client("VERDE", "Energia Verde S.r.l.");

    @Test
    void anAgentWorksForTheClientsTheyAreGivenAndNoOther() {
        Agent agent = new Agent(new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT)));
        assertFalse(agent.worksFor(aurora));

        agent.workFor(List.of(aurora));
        assertTrue(agent.worksFor(aurora));
        assertFalse(agent.worksFor(verde));

        agent.workFor(List.of(verde));
        assertFalse(agent.worksFor(aurora), "the new list replaces the old one");
        assertTrue(agent.worksFor(verde));
    }
}
