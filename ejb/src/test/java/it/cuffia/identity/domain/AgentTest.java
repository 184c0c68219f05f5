package it.cuffia.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.DomainException;
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

    @Test
    void anEmployeeCodeIsKeptInCapitalsAndABadOneIsRefused() {
        Agent agent = new Agent(new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT)));
        agent.assignEmployeeCode("  mat-0101 ");
        assertEquals("MAT-0101", agent.getEmployeeCode());
        assertEquals("agent.employeeCode.format",
                assertThrows(DomainException.class, () -> agent.assignEmployeeCode("MAT 0101")).getMessageKey());
        assertEquals("agent.employeeCode.format",
                assertThrows(DomainException.class, () -> agent.assignEmployeeCode("X".repeat(21))).getMessageKey());
        assertEquals("MAT-0101", agent.getEmployeeCode(), "a refused code leaves the old one");
        agent.assignEmployeeCode(" ");
        assertNull(agent.getEmployeeCode());
    }
}
