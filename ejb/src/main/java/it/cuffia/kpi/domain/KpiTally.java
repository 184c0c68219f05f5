package it.cuffia.kpi.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One agent's counts of one day for one client and campaign (campaign empty for inbound work;
 * client and campaign empty for time in state, which belongs to no client).
 */
@Entity
@Table(name = "kpi_tally")
public class KpiTally extends AbstractEntity {

    @Column(name = "tally_day", nullable = false)
    private LocalDate day;
    @Column(name = "agent_id", nullable = false)
    private Long agentId;
    @Column(name = "client_id")
    private Long clientId;
    @Column(name = "campaign_id")
    private Long campaignId;
    @Embedded
    private KpiCounters counters = new KpiCounters();

    protected KpiTally() {
    }

    public KpiTally(LocalDate day, TallyKey key) {
        this.day = day;
        this.agentId = key.agentId();
        this.clientId = key.clientId();
        this.campaignId = key.campaignId();
    }

    public LocalDate getDay() { return day; }
    public Long getAgentId() { return agentId; }
    public Long getClientId() { return clientId; }
    public Long getCampaignId() { return campaignId; }
    public KpiCounters getCounters() { return counters; }
}
