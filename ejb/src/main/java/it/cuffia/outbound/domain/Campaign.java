package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Team;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.PlainText;
import it.cuffia.shared.domain.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An outbound campaign of a client: who may be called, when, how often, by whom, and what is
 * offered or asked. Leads are dialled only while it is ACTIVE and within its period.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @NotNull
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_profile", nullable = false, length = 30)
    private LegalCallingProfile legalProfile = LegalCallingProfile.TELEMARKETING_CODE_2024;

    @Min(1)
    @Max(50)
    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts = 5;

    /**
     * A survey that also promotes or sells (e.g. it ends with an offer) has a commercial purpose; the
     * other types always have one. It decides the register check and the legal calling hours.
     */
    @Column(name = "commercial_purpose", nullable = false)
    private boolean commercialPurpose = true;

    /** The consent every called contact must have given; null when none is needed (e.g. customer care). */
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_purpose", length = 20)
    private ConsentPurpose consentPurpose;

    /** The number shown to the called person, E.164: no anonymous calls. */
    @Size(max = 20)
    @Column(name = "caller_id", length = 20)
    private String callerId;

    /** How many days an RPO check stays valid for a marketing campaign. */
    @Min(1)
    @Max(365)
    /** The longest an RPO check may count (see {@link #setRpoWindowDays}); the default too. */
    public static final int RPO_WINDOW_MAX_DAYS = 30;

    @Column(name = "rpo_window_days", nullable = false)
    private int rpoWindowDays = RPO_WINDOW_MAX_DAYS;

    /** What the agent should know before calling (the step-by-step script is a separate document). */
    @Size(max = 4000)
    @Column(length = 4000)
    private String briefing;

    /** Appointment setting: how long a meeting lasts, the pause between two, and how it is held. */
    @Min(10)
    @Max(480)
    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes = 60;

    @Min(0)
    @Max(240)
    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes = 15;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false, length = 10)
    private it.cuffia.appointments.domain.MeetingType meetingType = it.cuffia.appointments.domain.MeetingType.IN_PERSON;

    @ElementCollection
    @CollectionTable(name = "campaign_window", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("dayOfWeek, startsAt")
    private List<CallingWindow> windows = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "campaign_retry_delay", joinColumns = @JoinColumn(name = "campaign_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "outcome", length = 20)
    @Column(name = "delay_minutes", nullable = false)
    private Map<Outcome, Integer> retryDelays = new EnumMap<>(Outcome.class);

    @ManyToMany
    @JoinTable(name = "campaign_agent", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<AppUser> agents = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "campaign_team", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    private Set<Team> teams = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "campaign_offer", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "offer_id"))
    private Set<Offer> offers = new HashSet<>();

    protected Campaign() {
    }

    public Campaign(Client client, String name, CampaignType type, LocalDate startsOn, LocalDate endsOn) {
        this.client = client;
        setName(name);
        this.type = type;
        checkPeriod(startsOn, endsOn);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        // pure surveys without a commercial purpose may call in the wider window
        this.commercialPurpose = type.isAlwaysCommercial();
        this.legalProfile = type == CampaignType.SURVEY ? LegalCallingProfile.SURVEY_WIDE : LegalCallingProfile.TELEMARKETING_CODE_2024;
        this.consentPurpose = type == CampaignType.SURVEY ? ConsentPurpose.SURVEY : ConsentPurpose.MARKETING;
    }

    /** A new blank campaign for the admin's form. */
    public static Campaign draft() {
        return new Campaign();
    }

    /**
     * The days the campaign calls, first and last included. It cannot end before it starts; once it has
     * left the draft its end cannot be moved into the past, where the campaign would silently stop
     * calling instead of being paused or closed by someone.
     */
    public void runBetween(LocalDate first, LocalDate last, LocalDate today) {
        checkPeriod(first, last);
        if (status != CampaignStatus.DRAFT && last.isBefore(today) && !last.equals(endsOn)) {
            throw new DomainException("campaign.period.past", last);
        }
        startsOn = first;
        endsOn = last;
    }

    private static void checkPeriod(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            throw new DomainException("campaign.period.required");
        }
        if (last.isBefore(first)) {
            throw new DomainException("campaign.period.invalid");
        }
    }

    /**
     * Moves the campaign on. Activation needs a caller ID, calling hours and a period that has not
     * ended; whether the leads were checked against the RPO is asked of {@code rpoReady}.
     */
    public void moveTo(CampaignStatus target, LocalDate today, RpoReadiness rpoReady) {
        if (!status.canBecome(target)) {
            throw new DomainException("campaign.status.refused", Text.label("campaign.status.", status), Text.label("campaign.status.", target));
        }
        if (target == CampaignStatus.ACTIVE) {
            checkActivable(today, rpoReady);
        }
        status = target;
    }

    private void checkActivable(LocalDate today, RpoReadiness rpoReady) {
        if (callerId == null || callerId.isBlank()) {
            throw new DomainException("campaign.callerId.required");
        }
        if (windows.isEmpty()) {
            throw new DomainException("campaign.windows.required");
        }
        if (endsOn.isBefore(today)) {
            throw new DomainException("campaign.period.over", endsOn);
        }
        if (needsRpoCheck()) {
            RpoReadiness.Gap gap = rpoReady.uncheckedLeads(this);
            if (gap.count() > 0) {
                throw new DomainException("campaign.rpo.unchecked", gap.count(), rpoWindowDays, String.join(", ", gap.first()));
            }
        }
    }

    /**
     * What the campaign is for: its type, whether a survey has a commercial purpose, the consent its
     * contacts must have given (null: none) and the legal calling profile. Fixed once the campaign left
     * DRAFT (the activation checks were made for them); the wider survey hours and the surveys consent only fit a
     * survey without commercial purpose.
     */
    public void definePurpose(CampaignType newType, boolean commercial, ConsentPurpose consent, LegalCallingProfile profile) {
        boolean effectiveCommercial = newType.isAlwaysCommercial() || commercial;
        if (status != CampaignStatus.DRAFT && (newType != type || effectiveCommercial != hasCommercialPurpose()
                || consent != consentPurpose || profile != legalProfile)) {
            throw new DomainException("campaign.purpose.fixed");
        }
        if (newType.isAlwaysCommercial() && !commercial) {
            // said before the hours and consent that follow from it, which would otherwise be refused instead
            throw new DomainException("campaign.commercial.always", Text.label("campaign.type.", newType));
        }
        if (!profile.fits(effectiveCommercial)) {
            throw new DomainException("campaign.profile.commercial");
        }
        if (effectiveCommercial && consent == ConsentPurpose.SURVEY) {
            // who agreed to surveys only did not agree to be called to buy something
            throw new DomainException("campaign.consent.commercial");
        }
        this.type = newType;
        this.commercialPurpose = effectiveCommercial;
        this.consentPurpose = consent;
        this.legalProfile = profile;
    }

    /**
     * New calling hours and attempts. A running campaign keeps only what would pass activation: the
     * change is refused (and nothing changes) when the checks made at activation no longer hold.
     */
    public void reschedule(Collection<CallingWindow> newWindows, int newMaxAttempts, LocalDate today, RpoReadiness rpoReady) {
        boolean changed = newMaxAttempts != maxAttempts || !new HashSet<>(windows).equals(new HashSet<>(newWindows));
        List<CallingWindow> oldWindows = List.copyOf(windows);
        int oldMaxAttempts = maxAttempts;
        replaceWindows(newWindows);
        setMaxAttempts(newMaxAttempts);
        if (changed && status == CampaignStatus.ACTIVE) {
            try {
                checkActivable(today, rpoReady);
            } catch (DomainException refused) {
                replaceWindows(oldWindows);
                setMaxAttempts(oldMaxAttempts);
                throw refused;
            }
        }
    }

    /**
     * Calls with a commercial purpose (selling, promoting, booking sales visits, surveys that also
     * promote) to numbers in the register of oppositions are unlawful, whatever consent the campaign
     * asks for: its Italian leads must be checked first ({@link RpoCheck#appliesTo}).
     */
    public boolean needsRpoCheck() {
        return hasCommercialPurpose();
    }

    public boolean hasCommercialPurpose() {
        return type.isAlwaysCommercial() || commercialPurpose;
    }

    /** Leads are dialled only while the campaign is ACTIVE and {@code today} is within its period (both ends included). */
    public boolean isDialable(LocalDate today) {
        return status == CampaignStatus.ACTIVE && !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }

    /**
     * The JPQL twin of {@link #isDialable}: {@code %1$s} is the campaign's identification variable, {@code %2$s}
     * the day (a parameter such as {@code :today}).
     */
    public static final String DIALABLE_JPQL = "(%1$s.status = it.cuffia.outbound.domain.CampaignStatus.ACTIVE"
            + " and %1$s.startsOn <= %2$s and %1$s.endsOn >= %2$s)";

    public CallingHours callingHours() {
        return new CallingHours(windows, legalProfile);
    }

    /** The wait before a retryable outcome is tried again. */
    public Duration retryDelay(Outcome outcome) {
        return Duration.ofMinutes(retryDelays.getOrDefault(outcome, Outcome.DEFAULT_RETRY_MINUTES));
    }

    public void setRetryDelay(Outcome outcome, int minutes) {
        if (!outcome.isRetryable()) {
            throw new DomainException("campaign.retry.notRetryable", Text.label("outcome.", outcome));
        }
        if (minutes < 1 || minutes > 60 * 24 * 30) {
            throw new DomainException("campaign.retry.range", minutes);
        }
        retryDelays.put(outcome, minutes);
    }

    public void replaceWindows(Collection<CallingWindow> newWindows) {
        windows.clear();
        windows.addAll(newWindows);
    }

    public void assign(Collection<AppUser> newAgents, Collection<Team> newTeams) {
        agents.clear();
        agents.addAll(newAgents);
        teams.clear();
        teams.addAll(newTeams);
    }

    public void offer(Collection<Offer> newOffers) {
        for (Offer offer : newOffers) {
            if (!offer.getClient().equals(client)) {
                throw new DomainException("campaign.offer.client", offer.getName());
            }
        }
        offers.clear();
        offers.addAll(newOffers);
    }

    /**
     * The caller ID must be a real number (checked by libphonenumber) or empty; never empty while the campaign calls,
     * since activation asked for one (a paused campaign may lose it: it is asked again when it resumes).
     */
    public void setCallerId(String typed) {
        if ((typed == null || typed.isBlank()) && status == CampaignStatus.ACTIVE) {
            throw new DomainException("campaign.callerId.active");
        }
        this.callerId = typed == null || typed.isBlank() ? null : PhoneNumber.parse(typed).e164();
    }

    public void setClient(Client client) {
        if (status != CampaignStatus.DRAFT && this.client != null && !this.client.equals(client)) {
            throw new DomainException("campaign.client.fixed");
        }
        this.client = client;
    }

    public boolean isEditable() {
        return status != CampaignStatus.CLOSED;
    }

    public int getSlotMinutes() { return slotMinutes; }
    public void setSlotMinutes(int slotMinutes) { this.slotMinutes = slotMinutes; }
    public int getBufferMinutes() { return bufferMinutes; }
    public void setBufferMinutes(int bufferMinutes) { this.bufferMinutes = bufferMinutes; }
    public it.cuffia.appointments.domain.MeetingType getMeetingType() { return meetingType; }
    public void setMeetingType(it.cuffia.appointments.domain.MeetingType meetingType) { this.meetingType = meetingType; }
    public Client getClient() { return client; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : PlainText.line(name.strip(), "campaign.name"); }
    public CampaignType getType() { return type; }
    public CampaignStatus getStatus() { return status; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public LegalCallingProfile getLegalProfile() { return legalProfile; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) {
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new DomainException("campaign.maxAttempts.range", maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }
    public ConsentPurpose getConsentPurpose() { return consentPurpose; }
    public String getCallerId() { return callerId; }
    public int getRpoWindowDays() { return rpoWindowDays; }
    /**
     * How long a check in the register stays good for this campaign's calls: at most {@link #RPO_WINDOW_MAX_DAYS}, since
     * the law (DPR 26/2022) wants the register consulted every month and before each campaign; a shorter window is stricter.
     */
    public void setRpoWindowDays(int rpoWindowDays) {
        if (rpoWindowDays < 1 || rpoWindowDays > RPO_WINDOW_MAX_DAYS) {
            throw new DomainException("campaign.rpoWindowDays.range", rpoWindowDays);
        }
        this.rpoWindowDays = rpoWindowDays;
    }
    public String getBriefing() { return briefing; }
    public void setBriefing(String briefing) {
        this.briefing = briefing == null || briefing.isBlank() ? null : PlainText.text(briefing.strip(), "campaign.briefing", 4000);
    }
    public List<CallingWindow> getWindows() { return List.copyOf(windows); }
    public Map<Outcome, Integer> getRetryDelays() { return Map.copyOf(retryDelays); }
    public Set<AppUser> getAgents() { return Set.copyOf(agents); }
    public Set<Team> getTeams() { return Set.copyOf(teams); }
    public Set<Offer> getOffers() { return Set.copyOf(offers); }
}
