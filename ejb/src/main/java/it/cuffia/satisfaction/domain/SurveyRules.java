package it.cuffia.satisfaction.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a due survey may go to its customer. A satisfaction survey is service mail about a contact the customer
 * had, not marketing: it needs no marketing consent and ignores the opposition register (which is about phone
 * numbers and commercial calls), but it respects an explicit no: a withdrawn consent to surveys. It needs an
 * address, and a customer hears from a client's surveys at most once per quiet period.
 */
public final class SurveyRules {

    private SurveyRules() {
    }

    /**
     * @param stillWanted the client still surveys this kind of contact
     * @param settled the ticket is still resolved or closed (always true for a call)
     * @param email the customer's address
     * @param contactable the customer is active and has not withdrawn consent to surveys
     * @param lastSent when the customer was last sent a survey of this client, if ever
     */
    public static Optional<SkipReason> refusal(boolean stillWanted, boolean settled, String email, boolean contactable,
                                               Optional<Instant> lastSent, int quietDays, Instant now) {
        if (!stillWanted) {
            return Optional.of(SkipReason.OFF);
        }
        if (!settled) {
            return Optional.of(SkipReason.REOPENED);
        }
        if (email == null || email.isBlank()) {
            return Optional.of(SkipReason.NO_ADDRESS);
        }
        if (!contactable) {
            return Optional.of(SkipReason.NO_CONTACT);
        }
        if (lastSent.isPresent() && lastSent.get().isAfter(now.minus(Duration.ofDays(quietDays)))) {
            return Optional.of(SkipReason.RECENT);
        }
        return Optional.empty();
    }
}
