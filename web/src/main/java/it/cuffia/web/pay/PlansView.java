package it.cuffia.web.pay;

import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.outbound.application.CampaignService;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.pay.application.PayService;
import it.cuffia.pay.application.PlanData;
import it.cuffia.pay.domain.CommissionPlan;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.MonthParam;
import it.cuffia.shared.domain.Zones;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The list of commission plan versions and the form that opens a new plan. */
@Named
@ViewScoped
public class PlansView implements Serializable {

    @jakarta.annotation.PostConstruct
    void defaults() {
        from = YearMonth.now(clock.withZone(Zones.ROME)).toString();
    }


    @Inject private PayService pay;
    @Inject private ClientService clients;
    @Inject private CampaignService campaigns;

    private String name;
    private Long clientId;
    private Long campaignId;
    private String from;
    @Inject private java.time.Clock clock;
    private String to;
    private BigDecimal cap;

    public String create() {
        CommissionPlan plan = pay.create(new PlanData(name, clientId, campaignId, MonthParam.parse(from), MonthParam.parse(to), cap));
        Messages.info("pay.plan.created", plan.getName());
        return "/admin/plan?faces-redirect=true&id=" + plan.getId();
    }

    public boolean isCurrent(CommissionPlan plan) {
        return plan.covers(YearMonth.from(LocalDate.now(clock.withZone(Zones.ROME))));
    }

    public List<CommissionPlan> getPlans() { return pay.plans(); }
    public List<Client> getClientChoices() { return clients.choosable(); }
    public List<Campaign> getCampaignChoices() { return clientId == null ? List.of() : campaigns.ofClient(clientId); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public BigDecimal getCap() { return cap; }
    public void setCap(BigDecimal cap) { this.cap = cap; }
}
