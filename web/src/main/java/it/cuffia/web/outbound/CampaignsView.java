package it.cuffia.web.outbound;

import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.identity.application.UserService;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Team;
import it.cuffia.outbound.application.CampaignData;
import it.cuffia.outbound.application.CampaignService;
import it.cuffia.outbound.domain.CallingWindow;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignStatus;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.LegalCallingProfile;
import it.cuffia.outbound.domain.Offer;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.shared.domain.Money;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Admin console: campaigns (the form with hours, retries, agents, offers) and the clients' offers. */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    @Inject
    private CampaignService campaigns;
    @Inject
    private ClientService clients;
    @Inject
    private UserService users;
    @Inject
    private Clock clock;

    private ServiceLazyModel<Campaign> model;
    @Valid
    private CampaignData editing;
    private Long editingId;
    private long editingVersion;
    /** Type, purpose, consent and legal profile are fixed once the campaign left DRAFT: the form shows them read-only. */
    private boolean purposeFixed;

    private Long offerClientId;
    private List<Offer> offers = List.of();
    private Long offerId;
    private String offerName;
    private BigDecimal offerPrice;
    private LocalDate offerFrom;
    private LocalDate offerTo;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(campaigns::page);
    }

    public void create() {
        editingId = null;
        purposeFixed = false;
        editing = CampaignData.fresh(LocalDate.now(clock));
    }

    public void edit(Campaign campaign) {
        editingId = campaign.getId();
        editingVersion = campaign.getVersion();
        purposeFixed = campaign.getStatus() != CampaignStatus.DRAFT;
        editing = CampaignData.of(campaign);
    }

    /** A new type brings its default purpose, legal profile and consent (surveys: no commercial purpose, the wider profile, survey consent). */
    public void typeChanged() {
        editing.chooseType(editing.getType());
    }

    /** A survey that also sells calls in the telemarketing hours; a pure survey may use the wider ones. */
    public void commercialChanged() {
        editing.chooseCommercialPurpose(editing.isCommercialPurpose());
    }

    /** Whether the survey's commercial purpose is asked: the other types always have one. */
    public boolean isPurposeChoosable() {
        return editing != null && !editing.getType().isAlwaysCommercial();
    }

    public void addWindow() {
        editing.getWindows().add(new CallingWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
    }

    public void removeWindow(CallingWindow window) {
        editing.getWindows().remove(window);
    }

    public void save() {
        if (editingId == null) {
            campaigns.create(editing);
        } else {
            campaigns.update(editingId, editingVersion, editing);
        }
        Messages.info("saved");
    }

    public void moveTo(Campaign campaign, CampaignStatus target) {
        Campaign moved = campaigns.changeStatus(campaign.getId(), campaign.getVersion(), target);
        Messages.info("campaign.status.changed", Messages.text("campaign.status." + target.name()));
        if (target == CampaignStatus.ACTIVE) {
            long withoutConsent = campaigns.leadsWithoutConsent(moved.getId());
            if (withoutConsent > 0) {
                Messages.warn("campaign.consent.missing", withoutConsent,
                        Messages.text("consent.purpose." + moved.getConsentPurpose().name()));
            }
        }
    }

    public Integer delay(Outcome outcome) {
        return editing.getRetryDelays().get(outcome);
    }

    // retry delays bound one by one: EL cannot key an EnumMap with a string
    public Integer getNoAnswerDelay() { return editing.getRetryDelays().get(Outcome.NO_ANSWER); }
    public void setNoAnswerDelay(Integer minutes) { putDelay(Outcome.NO_ANSWER, minutes); }
    public Integer getBusyDelay() { return editing.getRetryDelays().get(Outcome.BUSY); }
    public void setBusyDelay(Integer minutes) { putDelay(Outcome.BUSY, minutes); }
    public Integer getMachineDelay() { return editing.getRetryDelays().get(Outcome.ANSWERING_MACHINE); }
    public void setMachineDelay(Integer minutes) { putDelay(Outcome.ANSWERING_MACHINE, minutes); }

    private void putDelay(Outcome outcome, Integer minutes) {
        if (minutes == null) editing.getRetryDelays().remove(outcome); else editing.getRetryDelays().put(outcome, minutes);
    }

    public List<AppUser> getAgentChoices() {
        return editing == null || editing.getClientId() == null ? List.of() : campaigns.assignableAgents(editing.getClientId());
    }

    public List<Team> getTeamChoices() { return users.activeTeams(); }

    public List<Offer> getOfferChoices() {
        return editing == null || editing.getClientId() == null ? List.of() : campaigns.offersOf(editing.getClientId());
    }

    // --- offers of a client -------------------------------------------------------------------

    public void showOffers() {
        offers = offerClientId == null ? List.of() : campaigns.offersOf(offerClientId);
    }

    public void newOffer() {
        offerId = null;
        offerName = null;
        offerPrice = null;
        offerFrom = LocalDate.now(clock);
        offerTo = null;
    }

    public void editOffer(Offer offer) {
        offerId = offer.getId();
        offerName = offer.getName();
        offerPrice = offer.getPrice().amount();
        offerFrom = offer.getValidFrom();
        offerTo = offer.getValidTo();
    }

    public void saveOffer() {
        Client client = clients.get(offerClientId);
        Offer offer = offerId == null ? new Offer(client, offerName, Money.entered(offerPrice), offerFrom, offerTo) : reload(offerId);
        offer.setName(offerName);
        offer.setPrice(Money.entered(offerPrice));
        offer.setValidFrom(offerFrom);
        offer.setValidTo(offerTo);
        campaigns.saveOffer(offerClientId, offer);
        showOffers();
        Messages.info("saved");
    }

    private Offer reload(Long id) {
        return offers.stream().filter(o -> o.getId().equals(id)).findFirst().orElseThrow();
    }

    public List<Client> getClientChoices() { return clients.choosable(); }
    public CampaignType[] getTypes() { return CampaignType.values(); }
    public LegalCallingProfile[] getProfiles() { return LegalCallingProfile.values(); }
    public ConsentPurpose[] getPurposes() { return ConsentPurpose.values(); }
    public DayOfWeek[] getDays() { return DayOfWeek.values(); }
    public it.cuffia.appointments.domain.MeetingType[] getMeetingTypes() { return it.cuffia.appointments.domain.MeetingType.values(); }
    public ServiceLazyModel<Campaign> getModel() { return model; }
    public CampaignData getEditing() { return editing; }
    public Long getEditingId() { return editingId; }
    public boolean isPurposeFixed() { return purposeFixed; }
    public Long getOfferClientId() { return offerClientId; }
    public void setOfferClientId(Long offerClientId) { this.offerClientId = offerClientId; }
    public List<Offer> getOffers() { return offers; }
    public String getOfferName() { return offerName; }
    public void setOfferName(String offerName) { this.offerName = offerName; }
    public BigDecimal getOfferPrice() { return offerPrice; }
    public void setOfferPrice(BigDecimal offerPrice) { this.offerPrice = offerPrice; }
    public LocalDate getOfferFrom() { return offerFrom; }
    public void setOfferFrom(LocalDate offerFrom) { this.offerFrom = offerFrom; }
    public LocalDate getOfferTo() { return offerTo; }
    public void setOfferTo(LocalDate offerTo) { this.offerTo = offerTo; }
    public Long getOfferId() { return offerId; }
}
