package it.cuffia.web.api;

import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.application.CampaignData;
import it.cuffia.outbound.application.CampaignService;
import it.cuffia.outbound.domain.CallingWindow;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignStatus;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.LegalCallingProfile;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Campaign set-up by a client's systems: what an admin does on the campaigns screen, with the same
 * service, rules and messages (admins only, like the screen). Supervisors do what their campaign
 * monitor lets them: list the campaigns of their clients and pause or resume one (issue 19 §4).
 */
@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    private CampaignService campaigns;

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.SecurityContext security;

    @Inject
    private Validator validator;

    @Inject
    private java.time.Clock clock;

    /** One line of the list: what the campaigns screen shows. */
    public record SummaryJson(Long id, long version, Long clientId, String client, String name, String type, String status,
                              LocalDate startsOn, LocalDate endsOn) {
        static SummaryJson of(Campaign c) {
            return new SummaryJson(c.getId(), c.getVersion(), c.getClient().getId(), c.getClient().getName(), c.getName(),
                    c.getType().name(), c.getStatus().name(), c.getStartsOn(), c.getEndsOn());
        }
    }

    /** A calling window: a day and a time range (HH:mm). */
    public static class WindowJson {
        private DayOfWeek day;
        private LocalTime from;
        private LocalTime to;

        public WindowJson() {
        }

        WindowJson(CallingWindow w) {
            this.day = w.getDayOfWeek();
            this.from = w.getStartsAt();
            this.to = w.getEndsAt();
        }

        public DayOfWeek getDay() { return day; }
        public void setDay(DayOfWeek day) { this.day = day; }
        public LocalTime getFrom() { return from; }
        public void setFrom(LocalTime from) { this.from = from; }
        public LocalTime getTo() { return to; }
        public void setTo(LocalTime to) { this.to = to; }
    }

    /**
     * A campaign as the admin's form edits it. On PUT, {@code version} is the one read (a campaign
     * changed meanwhile is refused with 409); {@code id} and {@code status} are read-only.
     */
    public static class CampaignJson {
        private Long id;
        private Long version;
        private String status;
        private Long clientId;
        private String name;
        private CampaignType type;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private LegalCallingProfile legalProfile;
        private Boolean commercialPurpose;
        private ConsentPurpose consentPurpose;
        private Integer maxAttempts;
        private String callerId;
        private Integer rpoWindowDays;
        private String briefing;
        private Integer slotMinutes;
        private Integer bufferMinutes;
        private it.cuffia.appointments.domain.MeetingType meetingType;
        private List<WindowJson> windows;
        private Map<Outcome, Integer> retryDelays;
        private List<Long> agentIds;
        private List<Long> teamIds;
        private List<Long> offerIds;

        static CampaignJson of(Campaign c) {
            CampaignData data = CampaignData.of(c);
            CampaignJson json = new CampaignJson();
            json.id = c.getId();
            json.version = c.getVersion();
            json.status = c.getStatus().name();
            json.clientId = data.getClientId();
            json.name = data.getName();
            json.type = data.getType();
            json.startsOn = data.getStartsOn();
            json.endsOn = data.getEndsOn();
            json.legalProfile = data.getLegalProfile();
            json.commercialPurpose = data.isCommercialPurpose();
            json.consentPurpose = data.getConsentPurpose();
            json.maxAttempts = data.getMaxAttempts();
            json.callerId = data.getCallerId();
            json.rpoWindowDays = data.getRpoWindowDays();
            json.briefing = data.getBriefing();
            json.slotMinutes = data.getSlotMinutes();
            json.bufferMinutes = data.getBufferMinutes();
            json.meetingType = data.getMeetingType();
            json.windows = data.getWindows().stream().map(WindowJson::new).toList();
            json.retryDelays = data.getRetryDelays();
            json.agentIds = data.getAgentIds();
            json.teamIds = data.getTeamIds();
            json.offerIds = data.getOfferIds();
            return json;
        }

        /**
         * The form's data: what the body leaves out keeps the new campaign's defaults (type
         * TELEMARKETING, its legal profile and consent, Monday–Saturday 09:00–20:00, standard retry delays).
         */
        CampaignData toData(LocalDate today) {
            CampaignData data = CampaignData.fresh(today);
            // the form's defaults follow the type, as on the screen: a survey asks for survey consent and hours
            data.chooseType(type == null ? data.getType() : type);
            if (commercialPurpose != null) data.chooseCommercialPurpose(commercialPurpose);
            if (legalProfile != null) data.setLegalProfile(legalProfile);
            if (consentPurpose != null) data.setConsentPurpose(consentPurpose);
            data.setClientId(clientId);
            data.setName(name);
            if (startsOn != null) data.setStartsOn(startsOn);
            if (endsOn != null) data.setEndsOn(endsOn);
            if (maxAttempts != null) data.setMaxAttempts(maxAttempts);
            data.setCallerId(callerId);
            if (rpoWindowDays != null) data.setRpoWindowDays(rpoWindowDays);
            data.setBriefing(briefing);
            if (slotMinutes != null) data.setSlotMinutes(slotMinutes);
            if (bufferMinutes != null) data.setBufferMinutes(bufferMinutes);
            if (meetingType != null) data.setMeetingType(meetingType);
            if (windows != null) {
                List<CallingWindow> chosen = new ArrayList<>();
                for (WindowJson w : windows) {
                    if (w == null || w.day == null || w.from == null || w.to == null) {
                        throw new DomainException("campaign.window.incomplete");
                    }
                    chosen.add(new CallingWindow(w.day, w.from, w.to));
                }
                data.setWindows(chosen);
            }
            if (retryDelays != null) data.setRetryDelays(new EnumMap<>(retryDelays.isEmpty() ? Map.of() : retryDelays));
            if (agentIds != null) data.setAgentIds(new ArrayList<>(agentIds));
            if (teamIds != null) data.setTeamIds(new ArrayList<>(teamIds));
            if (offerIds != null) data.setOfferIds(new ArrayList<>(offerIds));
            return data;
        }

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
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
        public Boolean getCommercialPurpose() { return commercialPurpose; }
        public void setCommercialPurpose(Boolean commercialPurpose) { this.commercialPurpose = commercialPurpose; }
        public ConsentPurpose getConsentPurpose() { return consentPurpose; }
        public void setConsentPurpose(ConsentPurpose consentPurpose) { this.consentPurpose = consentPurpose; }
        public Integer getMaxAttempts() { return maxAttempts; }
        public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }
        public String getCallerId() { return callerId; }
        public void setCallerId(String callerId) { this.callerId = callerId; }
        public Integer getRpoWindowDays() { return rpoWindowDays; }
        public void setRpoWindowDays(Integer rpoWindowDays) { this.rpoWindowDays = rpoWindowDays; }
        public String getBriefing() { return briefing; }
        public void setBriefing(String briefing) { this.briefing = briefing; }
        public Integer getSlotMinutes() { return slotMinutes; }
        public void setSlotMinutes(Integer slotMinutes) { this.slotMinutes = slotMinutes; }
        public Integer getBufferMinutes() { return bufferMinutes; }
        public void setBufferMinutes(Integer bufferMinutes) { this.bufferMinutes = bufferMinutes; }
        public it.cuffia.appointments.domain.MeetingType getMeetingType() { return meetingType; }
        public void setMeetingType(it.cuffia.appointments.domain.MeetingType meetingType) { this.meetingType = meetingType; }
        public List<WindowJson> getWindows() { return windows; }
        public void setWindows(List<WindowJson> windows) { this.windows = windows; }
        public Map<Outcome, Integer> getRetryDelays() { return retryDelays; }
        public void setRetryDelays(Map<Outcome, Integer> retryDelays) { this.retryDelays = retryDelays; }
        public List<Long> getAgentIds() { return agentIds; }
        public void setAgentIds(List<Long> agentIds) { this.agentIds = agentIds; }
        public List<Long> getTeamIds() { return teamIds; }
        public void setTeamIds(List<Long> teamIds) { this.teamIds = teamIds; }
        public List<Long> getOfferIds() { return offerIds; }
        public void setOfferIds(List<Long> offerIds) { this.offerIds = offerIds; }
    }

    /** A move of the campaign: activate, pause, resume, close; {@code version} the one read. */
    public static class TransitionJson {
        @NotBlank
        private String action;
        @NotNull
        private Long version;

        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    @GET
    @Operation(summary = "Campaigns of the caller's clients (admins; supervisors: the clients of their teams); "
            + "filters: q (name), client (name), type, status")
    public CustomerResource.PageJson<SummaryJson> list(@QueryParam("q") String q, @QueryParam("client") String client,
                                                       @QueryParam("type") String type, @QueryParam("status") String status,
                                                       @QueryParam("first") @DefaultValue("0") int first,
                                                       @QueryParam("size") @DefaultValue("20") int size) {
        adminOrSupervisor();
        Paging.check(first, size);
        Map<String, String> filters = new HashMap<>();
        if (q != null && !q.isBlank()) filters.put("name", q);
        if (client != null && !client.isBlank()) filters.put("clientName", client);
        if (type != null && !type.isBlank()) filters.put("type", type);
        if (status != null && !status.isBlank()) filters.put("status", status);
        Page<Campaign> page = campaigns.page(new PageRequest(first, size, null, true, filters));
        return new CustomerResource.PageJson<>(page.items().stream().map(SummaryJson::of).toList(), page.total(), first, size);
    }

    @POST
    @Operation(summary = "Creates a DRAFT campaign with the campaign form's rules; fields left out take the form's defaults")
    public Response create(CampaignJson body) {
        admin();
        Campaign campaign = campaigns.create(valid(body));
        return Response.created(UriBuilder.fromResource(CampaignResource.class).path("{id}").build(campaign.getId()))
                .entity(CampaignJson.of(campaigns.get(campaign.getId()))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A campaign with everything the form edits")
    public CampaignJson get(@PathParam("id") Long id) {
        admin();
        return CampaignJson.of(campaigns.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replaces what the form edits (version required); type, purpose, consent, legal profile and client "
            + "are fixed once the campaign left DRAFT (422); hours and attempts of an active campaign must still pass activation")
    public CampaignJson update(@PathParam("id") Long id, CampaignJson body) {
        admin();
        CampaignData data = valid(body);
        if (body.getVersion() == null) {
            throw new DomainException("api.version.required");
        }
        campaigns.update(id, body.getVersion(), data);
        return CampaignJson.of(campaigns.get(id));
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Moves the campaign: activate (checks caller ID, hours, period and the RPO checks of its leads), "
            + "pause, resume, close; supervisors pause and resume only, as on the campaign monitor, and get the list's line back")
    public Object move(@PathParam("id") Long id, @NotNull @Valid TransitionJson body) {
        adminOrSupervisor();
        CampaignStatus target = switch (body.getAction()) {
            case "activate", "resume" -> CampaignStatus.ACTIVE;
            case "pause" -> CampaignStatus.PAUSED;
            case "close" -> CampaignStatus.CLOSED;
            default -> throw new DomainException("campaign.action.unknown", body.getAction());
        };
        Campaign moved = campaigns.changeStatus(id, body.getVersion(), target);
        return security.isUserInRole(Role.ADMIN.name()) ? CampaignJson.of(campaigns.get(id)) : SummaryJson.of(moved);
    }

    /** The form's constraints, checked here so that a bad body is a 400 listing the fields, as for every other body. */
    private CampaignData valid(CampaignJson body) {
        if (body == null) {
            throw new DomainException("api.body.required");
        }
        CampaignData data = body.toData(LocalDate.now(clock.withZone(it.cuffia.shared.domain.Zones.ROME)));
        Set<ConstraintViolation<CampaignData>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return data;
    }

    private void admin() {
        AdminOnly.require(security);
    }

    /** What the service scopes and limits itself: a supervisor's campaigns and moves (CampaignService). */
    private void adminOrSupervisor() {
        if (!security.isUserInRole(Role.SUPERVISOR.name())) {
            admin();
        }
    }
}
