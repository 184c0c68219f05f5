package it.cuffia.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.ForbiddenException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void adminsAndSupervisorsSeeEveryClient() {
        assertTrue(Caller.scopeFor(Set.of(Role.ADMIN), Set.of()).allows(42L));
        assertTrue(Caller.scopeFor(Set.of(Role.SUPERVISOR), Set.of()).allows(42L));
    }

    @Test
    void agentsAndSalesPeopleSeeOnlyTheirOwnClients() {
        ClientScope agent = Caller.scopeFor(Set.of(Role.AGENT), Set.of(1L, 2L));
        ClientScope sales = Caller.scopeFor(Set.of(Role.SALES), Set.of(3L));

        assertTrue(agent.allows(2L));
        assertFalse(agent.allows(3L));
        assertTrue(sales.allows(3L));
        assertFalse(sales.allows(1L));
        assertFalse(Caller.scopeFor(Set.of(Role.AGENT), Set.of()).allows(1L), "an agent without clients sees none");
    }

    @Test
    void aCallerWithoutTheRoleIsRefused() {
        Caller agent = new Caller(1L, "operatore01", Set.of(Role.AGENT), ClientScope.only(Set.of(1L)));

        agent.require(Role.AGENT, Role.ADMIN);
        assertThrows(ForbiddenException.class, () -> agent.require(Role.ADMIN));
        assertThrows(ForbiddenException.class, () -> agent.requireClient(2L));
    }

    @Test
    void theHomePageFollowsTheFirstRole() {
        assertEquals("/agent/index.xhtml", new AppUser("x1x", "A", "B", Set.of(Role.AGENT)).homePage());
        assertEquals("/admin/index.xhtml", new AppUser("x2x", "A", "B", Set.of(Role.ADMIN)).homePage());
        assertEquals("/supervisor/index.xhtml", new AppUser("x3x", "A", "B", Set.of(Role.ADMIN, Role.SUPERVISOR)).homePage());
    }
}
