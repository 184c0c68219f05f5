package it.cuffia.appointments.domain;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.ChangeRecord;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Text;
import it.cuffia.shared.domain.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting an agent booked in a call for one of the client's sales people. Commissions are paid
 * on meetings marked HELD, so the sales person's word on how it went is kept with its history.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends AbstractEntity {

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
    @JoinColumn(name = "sales_user_id")
    private AppUser salesPerson;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id")
    private AppUser agent;

    @ManyToOne
    @JoinColumn(name = "interaction_id")
    private Interaction interaction;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false, length = 10)
    private MeetingType meetingType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @Column(name = "agent_notes", length = 4000)
    private String agentNotes;

    @Column(name = "outcome_reason", length = 500)
    private String outcomeReason;

    @Column(name = "deal_closed")
    private Boolean dealClosed;

    @Column(name = "deal_value", precision = 12, scale = 2)
    private Money dealValue;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @OneToMany(mappedBy = "appointment", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<AppointmentChange> changes = new ArrayList<>();

    protected Appointment() {
    }

    public Appointment(Lead lead, AppUser salesPerson, AppUser agent, Interaction interaction, SlotPlanner.Slot slot,
                       MeetingType meetingType, String agentNotes, Instant bookedAt) {
        this.campaign = lead.getCampaign();
        this.lead = lead;
        this.customer = lead.getCustomer();
        this.salesPerson = salesPerson;
        this.agent = agent;
        this.interaction = interaction;
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.meetingType = meetingType;
        this.agentNotes = agentNotes == null || agentNotes.isBlank() ? null
                : it.cuffia.shared.domain.PlainText.text(agentNotes.strip(), "interaction.notes", 4000);
        this.bookedAt = bookedAt;
    }

    /**
     * The sales person says how it went. HELD and NO_SHOW only once the meeting has begun;
     * a deal needs a value; CANCELLED and RESCHEDULED need a reason.
     */
    public void conclude(AppointmentStatus outcome, String reason, Boolean deal, Money value, String by, Instant at) {
        if (status != AppointmentStatus.BOOKED) {
            throw new DomainException("appointment.concluded", Text.label("appointment.status.", status));
        }
        if (outcome == null || outcome == AppointmentStatus.BOOKED) {
            throw new DomainException("appointment.outcome.required");
        }
        if ((outcome == AppointmentStatus.HELD || outcome == AppointmentStatus.NO_SHOW) && at.isBefore(startsAt)) {
            throw new DomainException("appointment.notYet");
        }
        if ((outcome == AppointmentStatus.CANCELLED || outcome == AppointmentStatus.RESCHEDULED) && (reason == null || reason.isBlank())) {
            throw new DomainException("appointment.reason.required");
        }
        if (outcome == AppointmentStatus.HELD && Boolean.TRUE.equals(deal) && (value == null || !value.isPositive())) {
            throw new DomainException("appointment.deal.value");
        }
        changes.add(new AppointmentChange(this, new ChangeRecord(at, by, "status", status, outcome), reason));
        status = outcome;
        outcomeReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (outcome == AppointmentStatus.HELD) {
            dealClosed = Boolean.TRUE.equals(deal);
            dealValue = dealClosed ? value : null;
        }
    }

    public SlotPlanner.Busy busy() {
        return new SlotPlanner.Busy(startsAt, endsAt);
    }

    public Campaign getCampaign() { return campaign; }
    public Lead getLead() { return lead; }
    public Customer getCustomer() { return customer; }
    public AppUser getSalesPerson() { return salesPerson; }
    public AppUser getAgent() { return agent; }
    public Interaction getInteraction() { return interaction; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public MeetingType getMeetingType() { return meetingType; }
    public AppointmentStatus getStatus() { return status; }
    public String getAgentNotes() { return agentNotes; }
    public String getOutcomeReason() { return outcomeReason; }
    public Boolean getDealClosed() { return dealClosed; }
    public Money getDealValue() { return dealValue; }
    public Instant getBookedAt() { return bookedAt; }
    public List<AppointmentChange> getChanges() { return List.copyOf(changes); }
}
