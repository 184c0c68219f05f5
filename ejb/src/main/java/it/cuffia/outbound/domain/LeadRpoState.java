package it.cuffia.outbound.domain;

import it.cuffia.outbound.domain.LeadEligibility.RpoAnswer;
import java.time.LocalDate;

/**
 * Where a lead stands with the Registro pubblico delle opposizioni, as the queue sees it and the
 * lead list shows it: the check is not needed (no commercial purpose), not applicable (a foreign
 * number), missing or too old, or the number is free or registered.
 */
public enum LeadRpoState {
    NOT_NEEDED, FOREIGN, UNCHECKED, FREE, REGISTERED;

    /**
     * The state of a lead on {@code today}, given the latest answer of the register for its number
     * (null when none). A registered number stays registered however old the answer: only a newer
     * answer frees it.
     */
    public static LeadRpoState of(Lead lead, RpoAnswer latest, LocalDate today) {
        Campaign campaign = lead.getCampaign();
        if (!campaign.needsRpoCheck()) {
            return NOT_NEEDED;
        }
        if (!RpoCheck.appliesTo(lead.getPhone())) {
            return FOREIGN;
        }
        if (latest != null && latest.registered()) {
            return REGISTERED;
        }
        if (latest == null || !RpoCheck.covers(latest.checkedOn(), latest.importedAt(), lead.getImportedAt(), today,
                campaign.getRpoWindowDays())) {
            return UNCHECKED;
        }
        return FREE;
    }

    /** Whether the lead may be dialled as far as the register goes. */
    public boolean allowsCall() {
        return this == NOT_NEEDED || this == FOREIGN || this == FREE;
    }
}
