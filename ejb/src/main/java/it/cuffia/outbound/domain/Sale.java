package it.cuffia.outbound.domain;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import it.cuffia.shared.domain.Zones;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a teleselling call sold. A sale to a contact who had not given the campaign's consent is
 * kept (the customer bought) but flagged: it never earns a commission.
 */
@Entity
@Table(name = "sale")
public class Sale extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lead_id")
    private Lead lead;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id")
    private AppUser agent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "interaction_id")
    private Interaction interaction;

    @Column(name = "sold_at", nullable = false)
    private Instant soldAt;

    @Column(name = "consent_ok", nullable = false)
    private boolean consentOk;

    @Column(nullable = false, precision = 12, scale = 2)
    private Money total = Money.ZERO;

    /** When the cancellation was recorded: it decides which statement the sale leaves (see {@link #cancel}). */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** The day the customer withdrew, as reported. */
    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancel_reason", length = 300)
    private String cancelReason;

    @Column(name = "cancelled_by", length = 60)
    private String cancelledBy;

    @OneToMany(mappedBy = "sale", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SaleLine> lines = new ArrayList<>();

    protected Sale() {
    }

    public Sale(Lead lead, AppUser agent, Interaction interaction, Instant soldAt) {
        this.campaign = lead.getCampaign();
        this.lead = lead;
        this.customer = lead.getCustomer();
        this.agent = agent;
        this.interaction = interaction;
        this.soldAt = soldAt;
        ConsentPurpose required = campaign.getConsentPurpose() == null ? ConsentPurpose.MARKETING : campaign.getConsentPurpose();
        this.consentOk = customer.hasConsent(required);
    }

    /** A line at the offer's price unless another amount was agreed (discount, bundle). */
    public SaleLine add(Offer offer, int quantity, Money amount, SaleLine.Kind kind, LocalDate today) {
        if (!campaign.getOffers().contains(offer)) {
            throw new DomainException("sale.offer.notInCampaign", offer.getName());
        }
        if (!offer.isValidOn(today)) {
            throw new DomainException("sale.offer.expired", offer.getName());
        }
        Money lineAmount = amount != null ? amount : offer.getPrice().times(java.math.BigDecimal.valueOf(quantity));
        SaleLine line = new SaleLine(this, offer, quantity, lineAmount, kind);
        Money newTotal = total.plus(line.getAmount());
        if (!newTotal.isStorable()) {
            throw new DomainException("money.tooLarge", Money.STORABLE_MAX.amount());
        }
        lines.add(line);
        total = newTotal;
        return line;
    }

    public void checkComplete() {
        if (lines.isEmpty()) {
            throw new DomainException("sale.lines.required");
        }
    }

    /**
     * The customer withdrew on {@code on} (not before the sale's day, not after today). Recorded at {@code at}:
     * a month approved before then keeps what the sale paid and gets it back as a clawback next month.
     */
    public void cancel(LocalDate on, String reason, String by, Instant at) {
        if (cancelledAt != null) {
            throw new DomainException("sale.cancel.already", cancelledOn);
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("sale.cancel.reason");
        }
        if (reason.strip().length() > 300) {
            throw new DomainException("sale.cancel.reasonTooLong", 300);
        }
        LocalDate soldOn = LocalDate.ofInstant(soldAt, Zones.ROME);
        if (on == null || on.isBefore(soldOn) || on.isAfter(LocalDate.ofInstant(at, Zones.ROME))) {
            throw new DomainException("sale.cancel.day", soldOn);
        }
        this.cancelledAt = at;
        this.cancelledOn = on;
        this.cancelReason = reason.strip();
        this.cancelledBy = by;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** A sale counts for the agent's pay: made with the campaign's consent and not cancelled. */
    public boolean earnsCommission() {
        return consentOk && cancelledAt == null;
    }

    /** The JPQL twin of {@link #earnsCommission()}: {@code %s} is the sale's identification variable. */
    public static final String EARNS_COMMISSION_JPQL = "(%1$s.consentOk = true and %1$s.cancelledAt is null)";

    public Campaign getCampaign() { return campaign; }
    public Lead getLead() { return lead; }
    public Customer getCustomer() { return customer; }
    public AppUser getAgent() { return agent; }
    public Interaction getInteraction() { return interaction; }
    public Instant getSoldAt() { return soldAt; }
    public boolean isConsentOk() { return consentOk; }
    public Money getTotal() { return total; }
    public Instant getCancelledAt() { return cancelledAt; }
    public LocalDate getCancelledOn() { return cancelledOn; }
    public String getCancelReason() { return cancelReason; }
    public String getCancelledBy() { return cancelledBy; }
    public List<SaleLine> getLines() { return List.copyOf(lines); }
}
