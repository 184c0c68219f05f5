package it.cuffia.outbound.application;

import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Team;
import it.cuffia.outbound.domain.CallingWindow;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.LegalCallingProfile;
import it.cuffia.outbound.domain.Offer;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.outbound.domain.RpoReadiness;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A campaign as the admin's form edits it: the fields and the ids of what it links to. */
public class CampaignData implements Serializable {

    @NotNull
    private Long clientId;
    @NotBlank
    @Size(max = 120)
    private String name;
    @NotNull
    private CampaignType type = CampaignType.TELEMARKETING;
    @NotNull
    private LocalDate startsOn;
    @NotNull
    private LocalDate endsOn;
    @NotNull
    private LegalCallingProfile legalProfile = LegalCallingProfile.TELEMARKETING_CODE_2024;
    @Min(1)
    @Max(50)
    private int maxAttempts = 5;
    private ConsentPurpose consentPurpose = ConsentPurpose.MARKETING;
    /** Only surveys choose: the other types always have a commercial purpose. */
    private boolean commercialPurpose = true;
    @Size(max = 30)
    private String callerId;
    @Min(1)
    @Max(365)
    private int rpoWindowDays = it.cuffia.outbound.domain.Campaign.RPO_WINDOW_MAX_DAYS;
    @Size(max = 4000)
    private String briefing;
    @Min(10)
    @Max(480)
    private int slotMinutes = 60;
    @Min(0)
    @Max(240)
    private int bufferMinutes = 15;
    @NotNull
    private it.cuffia.appointments.domain.MeetingType meetingType = it.cuffia.appointments.domain.MeetingType.IN_PERSON;
    private List<CallingWindow> windows = new ArrayList<>();
    private Map<Outcome, Integer> retryDelays = new EnumMap<>(Outcome.class);
    private List<Long> agentIds = new ArrayList<>();
    private List<Long> teamIds = new ArrayList<>();
    private List<Long> offerIds = new ArrayList<>();

    /** A new campaign's defaults: Monday–Saturday 09:00–20:00 (the legal profile trims Saturdays), standard retry delays. */
    public static CampaignData fresh(LocalDate today) {
        CampaignData data = new CampaignData();
        data.startsOn = today;
        data.endsOn = today.plusMonths(1);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                data.windows.add(new CallingWindow(day, LocalTime.of(9, 0), LocalTime.of(20, 0)));
            }
        }
        data.retryDelays.put(Outcome.NO_ANSWER, 120);
        data.retryDelays.put(Outcome.BUSY, 30);
        data.retryDelays.put(Outcome.ANSWERING_MACHINE, 240);
        return data;
    }

    /** A new type brings its defaults: a survey has no commercial purpose, the wider hours and survey consent. */
    public void chooseType(CampaignType newType) {
        type = newType;
        commercialPurpose = newType.isAlwaysCommercial();
        legalProfile = LegalCallingProfile.standardFor(commercialPurpose);
        consentPurpose = newType.defaultConsent();
    }

    /**
     * A survey that also sells calls in the telemarketing hours and asks the marketing consent (the surveys consent
     * does not cover it); a pure survey may use the wider ones.
     */
    public void chooseCommercialPurpose(boolean commercial) {
        commercialPurpose = commercial;
        legalProfile = LegalCallingProfile.standardFor(commercial);
        if (commercial && consentPurpose == ConsentPurpose.SURVEY) {
            consentPurpose = ConsentPurpose.MARKETING;
        }
    }

    public static CampaignData of(Campaign c) {
        CampaignData data = new CampaignData();
        data.clientId = c.getClient().getId();
        data.name = c.getName();
        data.type = c.getType();
        data.startsOn = c.getStartsOn();
        data.endsOn = c.getEndsOn();
        data.legalProfile = c.getLegalProfile();
        data.maxAttempts = c.getMaxAttempts();
        data.consentPurpose = c.getConsentPurpose();
        data.commercialPurpose = c.hasCommercialPurpose();
        data.callerId = c.getCallerId();
        data.rpoWindowDays = c.getRpoWindowDays();
        data.briefing = c.getBriefing();
        data.slotMinutes = c.getSlotMinutes();
        data.bufferMinutes = c.getBufferMinutes();
        data.meetingType = c.getMeetingType();
        // Monday first (the database orders the days by name)
        c.getWindows().stream()
                .sorted(java.util.Comparator.comparing(CallingWindow::getDayOfWeek).thenComparing(CallingWindow::getStartsAt))
                .forEach(w -> data.windows.add(new CallingWindow(w.getDayOfWeek(), w.getStartsAt(), w.getEndsAt())));
        data.retryDelays.putAll(c.getRetryDelays());
        c.getAgents().stream().map(AppUser::getId).sorted().forEach(data.agentIds::add);
        c.getTeams().stream().map(Team::getId).sorted().forEach(data.teamIds::add);
        c.getOffers().stream().map(Offer::getId).sorted().forEach(data.offerIds::add);
        return data;
    }

    /**
     * Copies the fields onto the entity (links are resolved by the service): the purpose only while
     * the campaign is a draft, hours and attempts of a running campaign only if activation would pass.
     */
    void applyTo(Campaign c, LocalDate today, RpoReadiness rpoReady) {
        c.setName(name);
        c.definePurpose(type, commercialPurpose, consentPurpose, legalProfile);
        c.runBetween(startsOn, endsOn, today);
        c.setCallerId(callerId);
        c.setRpoWindowDays(rpoWindowDays);
        c.setBriefing(briefing);
        c.setSlotMinutes(slotMinutes);
        c.setBufferMinutes(bufferMinutes);
        c.setMeetingType(meetingType);
        windows.forEach(CallingWindow::window); // refuses a window whose start is not before its end
        retryDelays.forEach((outcome, minutes) -> {
            if (minutes != null) c.setRetryDelay(outcome, minutes);
        });
        c.reschedule(windows, maxAttempts, today, rpoReady);
    }

    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CampaignType getType() { return type; }
    public void setType(CampaignType type) { this.type = type; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public LegalCallingProfile getLegalProfile() { return legalProfile; }
    public void setLegalProfile(LegalCallingProfile legalProfile) { this.legalProfile = legalProfile; }
    public boolean isCommercialPurpose() { return commercialPurpose; }
    public void setCommercialPurpose(boolean commercialPurpose) { this.commercialPurpose = commercialPurpose; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public ConsentPurpose getConsentPurpose() { return consentPurpose; }
    public void setConsentPurpose(ConsentPurpose consentPurpose) { this.consentPurpose = consentPurpose; }
    public String getCallerId() { return callerId; }
    public void setCallerId(String callerId) { this.callerId = callerId; }
    public int getRpoWindowDays() { return rpoWindowDays; }
    public void setRpoWindowDays(int rpoWindowDays) { this.rpoWindowDays = rpoWindowDays; }
    public String getBriefing() { return briefing; }
    public void setBriefing(String briefing) { this.briefing = briefing; }
    public int getSlotMinutes() { return slotMinutes; }
    public void setSlotMinutes(int slotMinutes) { this.slotMinutes = slotMinutes; }
    public int getBufferMinutes() { return bufferMinutes; }
    public void setBufferMinutes(int bufferMinutes) { this.bufferMinutes = bufferMinutes; }
    public it.cuffia.appointments.domain.MeetingType getMeetingType() { return meetingType; }
    public void setMeetingType(it.cuffia.appointments.domain.MeetingType meetingType) { this.meetingType = meetingType; }
    public List<CallingWindow> getWindows() { return windows; }
    public void setWindows(List<CallingWindow> windows) { this.windows = windows; }
    public Map<Outcome, Integer> getRetryDelays() { return retryDelays; }
    public void setRetryDelays(Map<Outcome, Integer> retryDelays) { this.retryDelays = retryDelays; }
    public List<Long> getAgentIds() { return agentIds; }
    public void setAgentIds(List<Long> agentIds) { this.agentIds = agentIds; }
    public List<Long> getTeamIds() { return teamIds; }
    public void setTeamIds(List<Long> teamIds) { this.teamIds = teamIds; }
    public List<Long> getOfferIds() { return offerIds; }
    public void setOfferIds(List<Long> offerIds) { this.offerIds = offerIds; }
}
