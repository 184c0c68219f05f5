package it.cuffia.web.quality;

import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.quality.application.QualityForms;
import it.cuffia.quality.domain.QualityForm;
import it.cuffia.ticketing.domain.TicketCategory;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin's list of evaluation forms and the "new form" panel. */
@Named
@ViewScoped
public class QualityFormsView implements Serializable {

    @Inject private QualityForms forms;
    @Inject private ClientService clients;

    private ServiceLazyModel<QualityForm> model;
    private String name;
    private Long clientId;
    private Long campaignId;
    private TicketCategory category;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(forms::page);
    }

    public String create() {
        QualityForm form = forms.create(clientId, campaignId, category, name);
        Messages.info("quality.form.created", form.getName());
        return "/admin/quality-form?faces-redirect=true&id=" + form.getId();
    }

    /** What the form is for: a campaign, a ticket category, or all the client's interactions. */
    public String targetOf(QualityForm form) {
        if (form.getCampaign() != null) {
            return Messages.text("quality.form.target.campaign", form.getCampaign().getName());
        }
        if (form.getTicketCategory() != null) {
            return Messages.text("quality.form.target.category", Messages.text("ticket.category." + form.getTicketCategory()));
        }
        return Messages.text("quality.form.target.all");
    }

    public List<Client> getClientChoices() { return clients.choosable(); }
    public List<Campaign> getCampaignChoices() { return forms.campaigns(clientId); }
    public TicketCategory[] getCategories() { return TicketCategory.values(); }
    public ServiceLazyModel<QualityForm> getModel() { return model; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public TicketCategory getCategory() { return category; }
    public void setCategory(TicketCategory category) { this.category = category; }
}
