package it.cuffia.outbound.infrastructure;

import it.cuffia.outbound.application.CampaignsChanged;
import it.cuffia.shared.infrastructure.LiveChanges;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Entity listener of {@code Campaign} and {@code Lead} (declared in META-INF/orm.xml): what the campaign monitor
 * counts (lead statuses, attempts, outcomes, which are recorded with the lead) is told once per transaction.
 */
public class CampaignsChangedListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object campaignOrLead) {
        LiveChanges.changed(new CampaignsChanged());
    }
}
