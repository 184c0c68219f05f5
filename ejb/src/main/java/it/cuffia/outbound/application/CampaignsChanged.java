package it.cuffia.outbound.application;

/**
 * A campaign or its leads changed (status, an outcome recorded, an attempt, an import chunk): the supervisors'
 * campaign monitor reloads. Fired once per transaction, after it committed
 * ({@link it.cuffia.shared.infrastructure.LiveChanges}); carries no data.
 */
public record CampaignsChanged() {
}
