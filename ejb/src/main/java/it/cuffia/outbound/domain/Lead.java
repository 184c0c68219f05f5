package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One contact to call in one campaign: the customer (linked, never copied), the number to dial,
 * where it stands in the queue, and which agent holds it now. A hold is a lease: an agent who
 * vanishes loses the lead when the lease runs out.
 */
@Entity
@Table(name = "lead")
@NamedQuery(name = Lead.TWINS, query = "select l.phone, l.id, i.id, l.importLine from Lead l left join l.leadImport i"
        + " where l.campaign = :campaign and l.phone in :phones")
@NamedQuery(name = Lead.TO_DIAL, query = "select l from Lead l join fetch l.campaign join fetch l.customer where l.id in :ids",
        hints = {@QueryHint(name = "eclipselink.batch", value = "l.customer.consents"), @QueryHint(name = "eclipselink.batch.type", value = "IN")})
public class Lead extends AbstractEntity {

    /** (phone, lead id, import id, import line) of a campaign's leads with one of the numbers (E.164). */
    public static final String TWINS = "Lead.twins";
    /**
     * Leads by id ({@code ids}) with their campaign and customer, and the customers' consents in one more query: what
     * the dialing queue checks before it hands a lead out. Named with its hints so its SQL is prepared once (hints set
     * per call had EclipseLink prepare it again at each execution).
     */
    public static final String TO_DIAL = "Lead.toDial";

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    /** E.164. */
    @Column(nullable = false, length = 20)
    private String phone;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Column(nullable = false)
    private int priority = 5;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LeadStatus status = LeadStatus.NEW;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** A personal callback: only this agent gets the lead. Null for a callback anyone may make. */
    @ManyToOne
    @JoinColumn(name = "callback_agent_id")
    private AppUser callbackAgent;

    @ManyToOne
    @JoinColumn(name = "held_by_id")
    private AppUser heldBy;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome", length = 20)
    private Outcome lastOutcome;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "excluded_reason", length = 20)
    private ExclusionReason excludedReason;

    @Column(name = "external_ref", length = 60)
    private String externalRef;

    @ManyToOne
    @JoinColumn(name = "import_id")
    private LeadImport leadImport;

    @Column(name = "import_line")
    private Long importLine;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    /** The file's notes for the agent, exactly as written. */
    @Column(length = LeadRowReader.MAX_NOTES)
    private String notes;

    /** The file's other columns, in file order: nothing the client sent is dropped. */
    @ElementCollection
    @CollectionTable(name = "lead_attribute", joinColumns = @JoinColumn(name = "lead_id"))
    @OrderColumn(name = "attr_index")
    private List<LeadAttribute> attributes = new ArrayList<>();

    protected Lead() {
    }

    public Lead(Campaign campaign, Customer customer, String e164, ZoneId zone, int priority, Instant importedAt) {
        if (!customer.getClient().equals(campaign.getClient())) {
            throw new DomainException("lead.customer.client");
        }
        if (priority < 0 || priority > 9) {
            throw new DomainException("leads.row.priorityInvalid", priority);
        }
        this.campaign = campaign;
        this.customer = customer;
        this.phone = e164;
        this.timeZone = zone.getId();
        this.priority = priority;
        this.importedAt = importedAt;
        this.nextAttemptAt = importedAt; // due from its import: the queue orders new leads by this, with retries
    }

    /** Where the lead came from, with what the file says about it beyond the customer's own data. */
    public void importedFrom(LeadImport source, long line, String reference, String notes, List<LeadAttribute> attributes) {
        this.leadImport = source;
        this.importLine = line;
        this.externalRef = reference;
        this.notes = notes;
        this.attributes = new ArrayList<>(attributes);
    }

    /** The queue gives the lead to an agent until {@code until}. */
    public void holdFor(AppUser agent, Instant until) {
        if (!status.isWorkable()) {
            throw new DomainException("lead.notWorkable", Text.label("lead.status.", status));
        }
        this.heldBy = agent;
        this.leaseUntil = until;
    }

    public boolean isHeldBy(Long userId, Instant now) {
        return heldBy != null && java.util.Objects.equals(heldBy.getId(), userId) && leaseUntil != null && leaseUntil.isAfter(now);
    }

    public void extendLease(Instant until) {
        if (heldBy != null && (leaseUntil == null || until.isAfter(leaseUntil))) {
            leaseUntil = until;
        }
    }

    /** The agent gives the lead back without calling (e.g. the wrong person was on the list). */
    public void release() {
        heldBy = null;
        leaseUntil = null;
    }

    /**
     * Records how a call ended and where the lead goes next: retryable outcomes come back after
     * the campaign's delay until attempts run out, a callback waits for its time, final outcomes close it.
     */
    public void record(Outcome outcome, Instant at, Callback callback) {
        if (!status.isWorkable()) {
            throw new DomainException("lead.notWorkable", Text.label("lead.status.", status));
        }
        if (!outcome.fits(campaign.getType())) {
            throw new DomainException("lead.outcome.unfit", Text.label("outcome.", outcome),
                    Text.label("campaign.type.", campaign.getType()));
        }
        if (outcome.kind() == Outcome.Kind.CALLBACK) {
            checkCallback(callback, at);
        }
        attempts++;
        lastOutcome = outcome;
        lastAttemptAt = at;
        callbackAgent = null;
        release();
        switch (outcome.kind()) {
            case RETRYABLE -> {
                if (attempts >= campaign.getMaxAttempts()) {
                    exclude(ExclusionReason.MAX_ATTEMPTS);
                } else {
                    status = LeadStatus.RETRY;
                    nextAttemptAt = at.plus(campaign.retryDelay(outcome));
                }
            }
            case CALLBACK -> {
                status = LeadStatus.CALLBACK;
                nextAttemptAt = callback.at();
                callbackAgent = callback.personalTo();
            }
            case FINAL -> {
                status = LeadStatus.DONE;
                nextAttemptAt = null;
            }
        }
    }

    /**
     * A callback is a promise to call again: in the future, inside the campaign's period and in its
     * calling hours (in the lead's time zone), or it could never be kept.
     */
    public void checkCallback(Callback callback, Instant now) {
        if (callback == null || callback.at() == null) {
            throw new DomainException("lead.callback.required");
        }
        if (!callback.at().isAfter(now)) {
            throw new DomainException("lead.callback.future");
        }
        java.time.LocalDate day = callback.at().atZone(zone()).toLocalDate();
        if (day.isBefore(campaign.getStartsOn()) || day.isAfter(campaign.getEndsOn())) {
            throw new DomainException("lead.callback.outsidePeriod", campaign.getStartsOn(), campaign.getEndsOn());
        }
        if (!campaign.callingHours().allows(callback.at(), zone())) {
            throw new DomainException("lead.callback.outsideHours");
        }
    }

    /** Set aside for good; the reason is shown in the campaign's lists. */
    public void exclude(ExclusionReason reason) {
        status = LeadStatus.EXCLUDED;
        excludedReason = reason;
        nextAttemptAt = null;
        release();
    }

    public boolean isDue(Instant now) {
        return status.isWorkable() && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    public boolean hasAttemptsLeft() {
        return attempts < campaign.getMaxAttempts();
    }

    public Optional<Duration> waitingSince(Instant now) {
        return nextAttemptAt == null ? Optional.empty() : Optional.of(Duration.between(nextAttemptAt, now));
    }

    /** For people: +39 347 123 4567. */
    public String getPhoneDisplay() {
        return new it.cuffia.crm.domain.PhoneNumber(phone, it.cuffia.crm.domain.PhoneNumber.Kind.OTHER).international();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** A callback agreed with the person: when, and whether only the agent who agreed it makes it. */
    public record Callback(Instant at, AppUser personalTo) {
    }

    public Campaign getCampaign() { return campaign; }
    public Customer getCustomer() { return customer; }
    public String getPhone() { return phone; }
    public String getTimeZone() { return timeZone; }
    public int getPriority() { return priority; }
    public LeadStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public AppUser getCallbackAgent() { return callbackAgent; }
    public AppUser getHeldBy() { return heldBy; }
    public Instant getLeaseUntil() { return leaseUntil; }
    public Outcome getLastOutcome() { return lastOutcome; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public ExclusionReason getExcludedReason() { return excludedReason; }
    public String getExternalRef() { return externalRef; }
    public LeadImport getLeadImport() { return leadImport; }
    public Long getImportLine() { return importLine; }
    public Instant getImportedAt() { return importedAt; }
    public String getNotes() { return notes; }
    public List<LeadAttribute> getAttributes() { return List.copyOf(attributes); }
}
