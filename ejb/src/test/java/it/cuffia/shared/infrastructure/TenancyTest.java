package it.cuffia.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.identity.domain.ClientScope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenancyTest {

    @Test
    void theJpqlConditionFiltersByTheCallersClientsInTheDatabase() {
        assertEquals("c.client.id is not null", Tenancy.jpql(ClientScope.everything(), "c.client.id"), "supervisors and admins see every client");
        assertEquals("c.client.id is null", Tenancy.jpql(ClientScope.only(Set.of()), "c.client.id"), "no clients, no rows");
        assertEquals("c.client.id in :tenancyClients", Tenancy.jpql(ClientScope.only(Set.of(7L, 9L)), "c.client.id"));
    }
}
