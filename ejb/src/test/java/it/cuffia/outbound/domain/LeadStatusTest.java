package it.cuffia.outbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LeadStatusTest {

    /** DOMAIN.md: new, retry and callback leads are still to be worked; done and excluded ones never again. */
    @ParameterizedTest
    @EnumSource(LeadStatus.class)
    void theWorkableSetItsSqlTwinAndTheStatusAgree(LeadStatus status) {
        boolean expected = EnumSet.of(LeadStatus.NEW, LeadStatus.RETRY, LeadStatus.CALLBACK).contains(status);
        assertEquals(expected, status.isWorkable(), status.name());
        assertEquals(expected, LeadStatus.WORKABLE.contains(status), status.name());
        assertEquals(expected, LeadStatus.WORKABLE_SQL.contains("'" + status.name() + "'"), LeadStatus.WORKABLE_SQL);
    }
}
