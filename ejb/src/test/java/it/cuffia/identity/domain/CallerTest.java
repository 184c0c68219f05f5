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
    void adminsSeeEveryClientAndEveryTeam() {
        assertTrue(Caller.scopeFor(Set.of(Role.ADMIN), Set.of()).allows(42L));
        assertTrue(Caller.teamsFor(Set.of(Role.ADMIN), Set.of()).allows(7L));
        assertTrue(Caller.scopeFor(Set.of(Role.ADMIN, Role.SUPERVISOR), Set.of(1L)).allows(42L), "an admin who also leads a team");
        assertTrue(Caller.teamsFor(Set.of(Role.ADMIN, Role.SUPERVISOR), Set.of(1L)).allows(7L));
        assertTrue(new Caller(1L, "admin", Set.of(Role.ADMIN), ClientScope.everything()).teams().allows(7L));
    }

    /** Issue 19 §4: a supervisor sees the teams they lead and the clients those teams' agents work for, nothing else. */
    @Test
    void aSupervisorSeesTheirOwnTeamsAndTheClientsTheirTeamsWorkFor() {
        ClientScope clients = Caller.scopeFor(Set.of(Role.SUPERVISOR), Set.of(2L));
        TeamScope teams = Caller.teamsFor(Set.of(Role.SUPERVISOR), Set.of(20L));

        assertTrue(clients.allows(2L));
        assertFalse(clients.allows(1L), "a client no agent of the teams works for");
        assertTrue(teams.allows(20L));
        assertFalse(teams.allows(10L), "another supervisor's team");
        assertFalse(teams.allows(null), "an agent in no team is no supervisor's");
        assertFalse(Caller.scopeFor(Set.of(Role.SUPERVISOR), Set.of()).allows(1L), "a supervisor without a team sees no client");
        assertFalse(Caller.teamsFor(Set.of(Role.SUPERVISOR), Set.of()).allows(10L), "nor any team");
    }

    @Test
    void agentsAndSalesPeopleSeeNoTeamEvenWhenOneIsNamed() {
        assertFalse(Caller.teamsFor(Set.of(Role.AGENT), Set.of(20L)).allows(20L));
        assertFalse(Caller.teamsFor(Set.of(Role.SALES), Set.of(20L)).allows(20L));
        assertFalse(new Caller(1L, "operatore01", Set.of(Role.AGENT), ClientScope.only(Set.of(1L))).teams().allows(20L));
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
