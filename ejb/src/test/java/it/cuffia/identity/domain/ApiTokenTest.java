package it.cuffia.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final AppUser user = new AppUser("operatore01", "Luca", "Bianchi", Set.of(Role.AGENT));

    @Test
    void aTokenIsShownOnceAndOnlyItsHashIsKept() {
        ApiToken.Issued issued = ApiToken.issue(user, "  centralino  ", TODAY.plusDays(90), NOW);

        assertTrue(issued.secret().startsWith(ApiToken.PREFIX));
        assertTrue(issued.secret().length() > 40, "256 random bits");
        assertEquals("centralino", issued.token().getName());
        assertTrue(issued.token().matches(issued.secret()));
        assertFalse(issued.token().matches(issued.secret() + "x"));
        assertNotEquals(issued.secret(), ApiToken.issue(user, "centralino", TODAY, NOW).secret());
    }

    @Test
    void itAdmitsThroughTheLastDayInRomeAndNeverAfterRevocation() {
        ApiToken token = ApiToken.issue(user, "crm", TODAY, NOW).token();

        assertTrue(token.admits(Instant.parse("2026-12-04T22:59:59Z")), "23:59:59 in Rome");
        assertFalse(token.admits(Instant.parse("2026-12-04T23:00:00Z")), "midnight in Rome");
        assertTrue(token.isExpired(Instant.parse("2026-12-04T23:00:00Z")));

        assertEquals(ApiToken.State.EXPIRED, token.stateAt(Instant.parse("2026-12-04T23:00:00Z")));
        assertEquals(ApiToken.State.WORKING, token.stateAt(NOW));
        token.revoke(NOW);
        assertFalse(token.admits(NOW.plusSeconds(1)));
        assertEquals(ApiToken.State.REVOKED, token.stateAt(NOW.plusSeconds(1)));
    }

    @Test
    void aDeactivatedUsersTokensStopWorking() {
        ApiToken token = ApiToken.issue(user, "crm", TODAY.plusDays(1), NOW).token();
        user.deactivate();
        assertFalse(token.admits(NOW));
        assertEquals("token.user.inactive",
                assertThrows(DomainException.class, () -> ApiToken.issue(user, "crm", TODAY, NOW)).getMessageKey());
    }

    @Test
    void expiryBetweenTodayAndAYearNameRequiredAndPlain() {
        assertEquals("token.expiry.range", refusal("crm", TODAY.minusDays(1)));
        assertEquals("token.expiry.range", refusal("crm", TODAY.plusDays(ApiToken.LONGEST_VALIDITY_DAYS + 1)));
        assertEquals("token.expiry.range", refusal("crm", null));
        assertEquals("token.name.required", refusal("   ", TODAY));
        assertEquals("token.name.required", refusal(null, TODAY));
        assertEquals("text.tooLong", refusal("x".repeat(ApiToken.NAME_LENGTH + 1), TODAY));
        assertEquals("text.invisibleCharacters", refusal("crm\u202Egnp.exe", TODAY));
        ApiToken.issue(user, "crm", TODAY.plusDays(ApiToken.LONGEST_VALIDITY_DAYS), NOW);
    }

    private String refusal(String name, LocalDate validThrough) {
        return assertThrows(DomainException.class, () -> ApiToken.issue(user, name, validThrough, NOW)).getMessageKey();
    }
}
