package it.cuffia.outbound.domain;

import java.time.Instant;
import it.cuffia.shared.domain.Zones;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Whether a lead may be dialled now, decided from what the queue loaded for a whole batch of
 * leads: the numbers on a do-not-call list, the latest RPO check per number. Permanent problems
 * set the lead aside; passing ones (outside calling hours, RPO check missing or stale) skip it.
 */
public final class LeadEligibility {

    public enum Verdict { CALL, SKIP, EXCLUDE }

    public record Decision(Verdict verdict, ExclusionReason reason) {
        static final Decision CALL = new Decision(Verdict.CALL, null);
        static final Decision SKIP = new Decision(Verdict.SKIP, null);

        static Decision exclude(ExclusionReason reason) {
            return new Decision(Verdict.EXCLUDE, reason);
        }
    }

    /** The latest RPO answer for a number. */
    public record RpoAnswer(LocalDate checkedOn, boolean registered, Instant importedAt) {
    }

    private final Set<String> doNotCall;
    private final Map<String, RpoAnswer> rpo;
    private final Set<String> invalidNumbers;

    public LeadEligibility(Set<String> doNotCall, Map<String, RpoAnswer> latestRpo, Set<String> invalidNumbers) {
        this.doNotCall = doNotCall;
        this.rpo = latestRpo;
        this.invalidNumbers = invalidNumbers;
    }

    /** How a do-not-call entry is named in the set: the number, prefixed by its client when not global. */
    public static String dncKey(Long clientId, String number) {
        return clientId == null ? number : clientId + "|" + number;
    }

    public Decision of(Lead lead, Instant now) {
        Campaign campaign = lead.getCampaign();
        if (!lead.getCustomer().isActive()) {
            return Decision.exclude(ExclusionReason.CUSTOMER_INACTIVE);
        }
        if (doNotCall.contains(dncKey(null, lead.getPhone())) || doNotCall.contains(dncKey(campaign.getClient().getId(), lead.getPhone()))) {
            return Decision.exclude(ExclusionReason.DO_NOT_CALL);
        }
        if (invalidNumbers.contains(lead.getPhone())) {
            return Decision.exclude(ExclusionReason.PHONE_INVALID);
        }
        if (!lead.hasAttemptsLeft() && lead.getStatus() != LeadStatus.CALLBACK) {
            return Decision.exclude(ExclusionReason.MAX_ATTEMPTS);
        }
        if (campaign.getConsentPurpose() != null && !lead.getCustomer().hasConsent(campaign.getConsentPurpose())) {
            return Decision.exclude(ExclusionReason.NO_CONSENT);
        }
        LeadRpoState register = LeadRpoState.of(lead, rpo.get(lead.getPhone()), now.atZone(Zones.ROME).toLocalDate());
        if (register == LeadRpoState.REGISTERED) {
            return Decision.exclude(ExclusionReason.RPO_REGISTERED);
        }
        if (!register.allowsCall()) {
            return Decision.SKIP; // a fresh check makes it callable again
        }
        if (!campaign.callingHours().allows(now, lead.zone())) {
            return Decision.SKIP;
        }
        return Decision.CALL;
    }
}
