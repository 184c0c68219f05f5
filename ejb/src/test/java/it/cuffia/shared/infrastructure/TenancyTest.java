package it.cuffia.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.identity.domain.ClientScope;
import it.cuffia.identity.domain.TeamScope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenancyTest {

    @Test
    void theJpqlConditionFiltersByTheCallersClientsInTheDatabase() {
        assertEquals("c.client.id is not null", Tenancy.jpql(ClientScope.everything(), "c.client.id"), "admins see every client");
        assertEquals("c.client.id is null", Tenancy.jpql(ClientScope.only(Set.of()), "c.client.id"), "no clients, no rows");
        assertEquals("c.client.id in :tenancyClients", Tenancy.jpql(ClientScope.only(Set.of(7L, 9L)), "c.client.id"));
    }

    @Test
    void theJpqlConditionFiltersByTheCallersTeamsInTheDatabase() {
        assertEquals("s.agent.id is not null", Tenancy.teamsJpql(TeamScope.everything(), "s.agent.id"), "admins see every team");
        assertEquals("s.agent.id is null", Tenancy.teamsJpql(TeamScope.only(Set.of()), "s.agent.id"), "no teams, no rows");
        assertEquals("s.agent.id in (select tenancyAgent.user.id from Agent tenancyAgent where tenancyAgent.team.id in :tenancyTeams)",
                Tenancy.teamsJpql(TeamScope.only(Set.of(3L)), "s.agent.id"));
    }
}
