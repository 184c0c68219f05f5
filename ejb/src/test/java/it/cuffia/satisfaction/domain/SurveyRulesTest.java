package it.cuffia.satisfaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who gets a survey that is due: the client still wants it, the matter is settled, an address, no "no", not too often. */
class SurveyRulesTest {

    private final Instant now = Instant.parse("2026-03-10T09:00:00Z");

    private Optional<SkipReason> refusal(boolean wanted, boolean settled, String email, boolean contactable, Instant lastSent, int quietDays) {
        return SurveyRules.refusal(wanted, settled, email, contactable, Optional.ofNullable(lastSent), quietDays, now);
    }

    @Test
    void aContactableCustomerWithAnAddressGetsTheSurvey() {
        assertEquals(Optional.empty(), refusal(true, true, "mario@example.it", true, null, 7));
    }

    @Test
    void eachReasonNotToSendIsNamed() {
        assertEquals(Optional.of(SkipReason.OFF), refusal(false, true, "mario@example.it", true, null, 7));
        assertEquals(Optional.of(SkipReason.REOPENED), refusal(true, false, "mario@example.it", true, null, 7));
        assertEquals(Optional.of(SkipReason.NO_ADDRESS), refusal(true, true, null, true, null, 7));
        assertEquals(Optional.of(SkipReason.NO_ADDRESS), refusal(true, true, "  ", true, null, 7));
        assertEquals(Optional.of(SkipReason.NO_CONTACT), refusal(true, true, "mario@example.it", false, null, 7));
    }

    @Test
    void aCustomerIsAskedAtMostOncePerQuietPeriod() {
        Duration week = Duration.ofDays(7);
        assertEquals(Optional.of(SkipReason.RECENT), refusal(true, true, "mario@example.it", true, now.minus(week).plusSeconds(1), 7));
        assertEquals(Optional.empty(), refusal(true, true, "mario@example.it", true, now.minus(week), 7), "exactly a week ago: again");
        assertEquals(Optional.empty(), refusal(true, true, "mario@example.it", true, now.minusSeconds(60), 0), "0 days: no limit");
    }
}
