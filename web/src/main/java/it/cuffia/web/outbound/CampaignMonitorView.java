package it.cuffia.web.outbound;

import it.cuffia.outbound.application.CampaignMonitor;
import it.cuffia.outbound.application.CampaignService;
import it.cuffia.outbound.application.CampaignStats;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignStatus;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Supervisors: running campaigns with their figures, today's figures per agent, pause and resume. */
@Named
@ViewScoped
public class CampaignMonitorView implements Serializable {

    @Inject
    private CampaignService campaigns;
    @Inject
    private CampaignMonitor monitor;

    /** One line of the board: the campaign and its figures, read once per refresh. */
    public record Row(Campaign campaign, CampaignStats stats) implements Serializable {
        public Campaign getCampaign() { return campaign; }
        public CampaignStats getStats() { return stats; }
    }

    private List<Row> rows = List.of();
    private Long selectedId;
    private List<CampaignStats> agents = List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        rows = campaigns.running().stream().map(c -> new Row(c, monitor.of(c.getId()))).toList();
        if (selectedId == null && !rows.isEmpty()) {
            selectedId = rows.get(0).campaign().getId();
        }
        agents = selectedId == null ? List.of() : monitor.agentsToday(selectedId);
    }

    public void select(Campaign campaign) {
        selectedId = campaign.getId();
        refresh();
    }

    public void moveTo(Campaign campaign, CampaignStatus target) {
        campaigns.changeStatus(campaign.getId(), campaign.getVersion(), target);
        Messages.info("campaign.status.changed", Messages.text("campaign.status." + target.name()));
        refresh();
    }

    public List<Row> getRows() { return rows; }
    public Long getSelectedId() { return selectedId; }
    public List<CampaignStats> getAgents() { return agents; }
    public String getSelectedName() {
        return rows.stream().filter(r -> r.campaign().getId().equals(selectedId)).map(r -> r.campaign().getName()).findFirst().orElse("");
    }
}
