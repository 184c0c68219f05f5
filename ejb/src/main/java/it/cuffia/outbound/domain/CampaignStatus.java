package it.cuffia.outbound.domain;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → ACTIVE ↔ PAUSED → CLOSED; leads are dialled only while ACTIVE. */
public enum CampaignStatus {
    DRAFT, ACTIVE, PAUSED, CLOSED;

    public Set<CampaignStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(PAUSED, CLOSED);
            case PAUSED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }

    public boolean canBecome(CampaignStatus target) {
        return next().contains(target);
    }

    /**
     * Pausing a running campaign or resuming a paused one: the moves a supervisor makes on the campaign
     * monitor. Activating a draft and closing are the admin's (issue 19 §4).
     */
    public boolean pausesOrResumesTo(CampaignStatus target) {
        return this == ACTIVE && target == PAUSED || this == PAUSED && target == ACTIVE;
    }
}
