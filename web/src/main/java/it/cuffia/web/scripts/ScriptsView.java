package it.cuffia.web.scripts;

import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.scripts.application.ScriptService;
import it.cuffia.scripts.domain.Script;
import it.cuffia.ticketing.domain.TicketCategory;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The scripts of every campaign and ticket category, and the form that starts a new one. */
@Named
@ViewScoped
public class ScriptsView implements Serializable {

    /** A script is written for a campaign or for a ticket category of a client. */
    public enum Purpose { CAMPAIGN, CATEGORY }

    @Inject private ScriptService scripts;
    @Inject private ClientService clients;

    private ServiceLazyModel<Script> model;
    private Purpose purpose = Purpose.CAMPAIGN;
    private String name;
    private Long campaignId;
    private Long clientId;
    private TicketCategory category;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(scripts::page);
    }

    public String create() {
        Script script = purpose == Purpose.CAMPAIGN ? scripts.createForCampaign(campaignId, name)
                : scripts.createForCategory(clientId, category, name);
        Messages.info("script.created", script.getName());
        return "/admin/script?faces-redirect=true&id=" + script.getId();
    }

    /** "Fibra inverno 2026" or "Assistenza tecnica · Telefonia Aurora", in the reader's language. */
    public String purposeOf(Script script) {
        return script.getCampaign() != null ? script.getCampaign().getName()
                : Messages.text("ticket.category." + script.getTicketCategory());
    }

    public ServiceLazyModel<Script> getModel() { return model; }
    public Purpose[] getPurposes() { return Purpose.values(); }
    public Purpose getPurpose() { return purpose; }
    public void setPurpose(Purpose purpose) { this.purpose = purpose; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public TicketCategory getCategory() { return category; }
    public void setCategory(TicketCategory category) { this.category = category; }
    public TicketCategory[] getCategories() { return TicketCategory.values(); }
    public List<Campaign> getCampaignChoices() { return scripts.campaignsWithoutScript(); }
    public List<Client> getClientChoices() { return clients.choosable(); }
}
