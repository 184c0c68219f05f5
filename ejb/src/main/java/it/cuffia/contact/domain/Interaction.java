package it.cuffia.contact.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One contact with a customer on any channel, inbound or outbound: when it rang, was answered,
 * ended and its wrap-up finished. Talk, hold and wrap-up times feed the KPIs (AHT, occupancy, FCR).
 */
@Entity
@Table(name = "interaction")
@NamedQuery(name = Interaction.CURRENT_OF_AGENT, query = "select i from Interaction i where i.agent.id = :me and i.wrapUpEndedAt is null"
        + " and i.lead is null and not (i.endedAt is not null and i.answeredAt is null) order by i.ringingAt desc",
        hints = @QueryHint(name = "eclipselink.jdbc.max-rows", value = "1"))
@NamedQuery(name = Interaction.UNFINISHED_INBOUND_OF_AGENT, query = "select i from Interaction i where i.agent = :agent and i.lead is null"
        + " and i.answeredAt is not null and i.wrapUpEndedAt is null order by i.answeredAt desc",
        hints = @QueryHint(name = "eclipselink.jdbc.max-rows", value = "1"))
@NamedQuery(name = Interaction.RINGING_AT_AGENT_SINCE, query = "select i.id from Interaction i where i.agent = :agent"
        + " and i.answeredAt is null and i.endedAt is null and i.ringingAt > :since",
        hints = @QueryHint(name = "eclipselink.jdbc.max-rows", value = "1"))
public class Interaction extends AbstractEntity {

    /**
     * An agent's call in progress (ringing at them, on it, or in its wrap-up), the newest only; parameter {@code me},
     * the agent's user id. Named with its row limit as a hint, so its SQL is prepared once: a {@code setMaxResults}
     * on each execution made EclipseLink prepare the query again every time (3 % of a ticket's CPU through the API,
     * which asks it for every ticket an agent opens).
     */
    public static final String CURRENT_OF_AGENT = "Interaction.currentOfAgent";

    /** An inbound call the agent (parameter {@code agent}) answered and has not wrapped up, the newest only. */
    public static final String UNFINISHED_INBOUND_OF_AGENT = "Interaction.unfinishedInboundOfAgent";

    /** A call offered to the agent (parameter {@code agent}) since {@code since}, neither answered nor ended; one id at most. */
    public static final String RINGING_AT_AGENT_SINCE = "Interaction.ringingAtAgentSince";

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne
    @JoinColumn(name = "agent_id")
    private AppUser agent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    /** The other party's number (E.164 when it could be read), or address for e-mail. */
    @Column(name = "remote_address", length = 160)
    private String remoteAddress;

    /** The PBX's id of the call, so its later events find this interaction. */
    @Column(name = "external_id", length = 80)
    private String externalId;

    @Column(name = "ringing_at", nullable = false)
    private Instant ringingAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "wrap_up_ended_at")
    private Instant wrapUpEndedAt;
    @Column(name = "hold_seconds", nullable = false)
    private int holdSeconds;

    @Column(length = 4000)
    private String notes;

    @Column(length = 40)
    private String outcome;

    /** The client's disposition chosen in the wrap-up of an inbound call (its code is also the outcome). */
    @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @JoinColumn(name = "disposition_id")
    private Disposition disposition;

    /** The wrap-up lasted the client's maximum and was ended by the suite, not by the agent. */
    @Column(name = "wrap_up_timed_out", nullable = false)
    private boolean wrapUpTimedOut;

    /** For outbound calls: the campaign and lead the call was made for. */
    @ManyToOne
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne
    @JoinColumn(name = "lead_id")
    private Lead lead;

    /** What the phone system said of an inbound call: the number the caller dialled (E.164 when readable). */
    @Column(name = "dialled_number", length = 40)
    private String dialledNumber;

    /** The caller's choice in the phone system's menu (IVR), as the phone system names it ("2", "assistenza"). */
    @Column(name = "ivr_choice", length = 40)
    private String ivrChoice;

    /** A call nobody answered was called back (or set aside) by this agent, then: its notice is gone. */
    @Column(name = "returned_at")
    private Instant returnedAt;

    @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @JoinColumn(name = "returned_by_id")
    private AppUser returnedBy;

    protected Interaction() {
    }

    public static Interaction inbound(Client client, Channel channel, String remoteAddress, String externalId, Instant at) {
        Interaction interaction = new Interaction();
        interaction.client = client;
        interaction.channel = channel;
        interaction.direction = Direction.INBOUND;
        interaction.remoteAddress = remoteAddress;
        interaction.externalId = externalId;
        interaction.ringingAt = at;
        return interaction;
    }

    /** How the caller reached the client: the number dialled and the IVR choice, each when the phone system tells it. */
    public void arrivedVia(String dialled, String choice) {
        this.dialledNumber = dialled == null || dialled.isBlank() ? null : dialled.trim();
        this.ivrChoice = choice == null || choice.isBlank() ? null : choice.trim();
    }

    /**
     * The agent calls back the person of a call nobody answered: a new outbound call to the same number, for the same
     * client and customer, that the agent places on their own phone (the suite does not dial) and is talking in now,
     * as a call started from the console is. The missed call's notice is gone for everybody.
     */
    public Interaction callBack(AppUser by, Instant at) {
        if (!isCallableBack()) {
            throw new DomainException("interaction.callBack.noNumber");
        }
        setAside(by, at);
        Interaction call = new Interaction();
        call.client = client;
        call.customer = customer;
        call.agent = by;
        call.channel = Channel.PHONE;
        call.direction = Direction.OUTBOUND;
        call.remoteAddress = remoteAddress;
        call.ringingAt = at;
        call.answeredAt = at;
        return call;
    }

    /** Whether its number can be dialled back: one the phone system sent as a number (not "anonymous", an extension). */
    public boolean isCallableBack() {
        return remoteAddress != null && remoteAddress.startsWith("+");
    }

    /** The notice of a call nobody answered is dealt with (called back, or set aside): once only. */
    public void setAside(AppUser by, Instant at) {
        if (!isAbandoned() || direction != Direction.INBOUND) {
            throw new DomainException("interaction.callBack.answered");
        }
        if (returnedAt != null) {
            throw new DomainException("interaction.callBack.done");
        }
        this.returnedAt = at;
        this.returnedBy = by;
    }

    /** The agent dials a lead of a campaign: the call starts ringing at the other end now. */
    public static Interaction outbound(Lead lead, AppUser agent, Instant at) {
        Interaction interaction = new Interaction();
        interaction.client = lead.getCampaign().getClient();
        interaction.customer = lead.getCustomer();
        interaction.agent = agent;
        interaction.channel = Channel.PHONE;
        interaction.direction = Direction.OUTBOUND;
        interaction.remoteAddress = lead.getPhone();
        interaction.campaign = lead.getCampaign();
        interaction.lead = lead;
        interaction.ringingAt = at;
        return interaction;
    }

    /** Who is calling, once known; a customer of another client is never linked. */
    public void identify(Customer caller) {
        if (!caller.getClient().equals(client)) {
            throw new DomainException("interaction.customer.client");
        }
        this.customer = caller;
    }

    /** The PBX rings this agent's phone: the call pops up on their console. */
    public void offerTo(AppUser to) {
        if (answeredAt != null) {
            throw new DomainException("interaction.answer.refused");
        }
        this.agent = to;
    }

    public void answer(AppUser by, Instant at) {
        if (answeredAt != null || endedAt != null) {
            throw new DomainException("interaction.answer.refused");
        }
        this.agent = by;
        this.answeredAt = at.isBefore(ringingAt) ? ringingAt : at;
    }

    /** The agent hangs up in the console, or a dialled call is closed: the phone system may still report the hold. */
    public void end(Instant at) {
        if (endedAt != null) {
            throw new DomainException("interaction.end.refused");
        }
        Instant from = answeredAt == null ? ringingAt : answeredAt;
        this.endedAt = at.isBefore(from) ? from : at;
    }

    /**
     * The phone system says the call is over. Its word wins, so that no call stays open and no agent stays "on a call":
     * a hold longer than the conversation is cut to the conversation (a person is put on hold only while talking), and
     * an end after the agent hung up in the console keeps that end and records the hold the console could not know.
     * Returns whether this ended the call (false when it had ended already).
     */
    public boolean endedByPhoneSystem(Instant at, int holdSeconds) {
        if (holdSeconds < 0) {
            throw new DomainException("interaction.hold.negative");
        }
        boolean endsNow = endedAt == null;
        if (endsNow) {
            end(at);
        }
        if (this.holdSeconds == 0) {
            this.holdSeconds = (int) Math.min(holdSeconds, talk().orElse(Duration.ZERO).getSeconds());
        }
        return endsNow;
    }

    public void finishWrapUp(String notes, String outcome, Instant at) {
        if (endedAt == null) {
            throw new DomainException("interaction.wrapUp.beforeEnd");
        }
        if (wrapUpEndedAt == null) {
            wrapUpEndedAt = at.isBefore(endedAt) ? endedAt : at;
        }
        this.notes = notes == null || notes.isBlank() ? this.notes : it.cuffia.shared.domain.PlainText.text(notes.trim(), "interaction.notes", 4000);
        this.outcome = outcome == null || outcome.isBlank() ? this.outcome : outcome.trim();
    }

    /**
     * The wrap-up of an inbound call, by the client's rules: a disposition of the call's client (its code
     * becomes the outcome), notes and disposition where the client requires them.
     */
    public void finishWrapUp(String notes, Disposition chosen, WrapUpPolicy rules, Instant at) {
        if (chosen != null && (!chosen.getClient().equals(client) || !chosen.isActive())) {
            throw new DomainException("disposition.notOfClient");
        }
        rules.check(chosen, notes);
        finishWrapUp(notes, chosen == null ? null : chosen.getCode(), at);
        if (chosen != null) {
            this.disposition = chosen;
        }
    }

    /** How long after an attempt's wrap-up the same outcome sent again counts as the same request, not a new one. */
    public static final Duration REPEAT_WINDOW = Duration.ofMinutes(2);

    /**
     * This agent's attempt, closed with this outcome a moment ago: the same request again (the load balancer re-sends a
     * request that was under way on a server that died after committing it), answered with what was recorded.
     */
    public boolean isJustClosedBy(Long agentId, String outcome, Instant now) {
        return agent != null && java.util.Objects.equals(agent.getId(), agentId) && wrapUpEndedAt != null
                && java.util.Objects.equals(this.outcome, outcome) && !wrapUpEndedAt.isBefore(now.minus(REPEAT_WINDOW));
    }

    /** This agent's call, dialled and not closed yet: dialling it again is the same request, not a second call. */
    public boolean isOpenCallOf(Long agentId) {
        return agent != null && java.util.Objects.equals(agent.getId(), agentId) && wrapUpEndedAt == null;
    }

    /** The client's longest wrap-up has passed: ended now with what was recorded so far, and said so. */
    public void wrapUpTimedOut(Instant at) {
        if (endedAt == null || wrapUpEndedAt != null) {
            return;
        }
        finishWrapUp(null, (String) null, at);
        wrapUpTimedOut = true;
    }

    /** Rang and ended with nobody answering. */
    public boolean isAbandoned() {
        return endedAt != null && answeredAt == null;
    }

    /**
     * In the queue or ringing at {@code now}: nobody answered yet, it has not ended, and it entered the queue less than
     * {@link CallFigures#WAIT_LIMIT} ago ({@link CallFigures#WAITING_SQL}).
     */
    public boolean isWaiting(Instant now) {
        return answeredAt == null && endedAt == null && ringingAt.isAfter(now.minus(CallFigures.WAIT_LIMIT));
    }

    /** Answered at most {@code seconds} after it entered the queue ({@link CallFigures#IN_TIME_SQL}). */
    public boolean answeredWithin(int seconds) {
        return answeredAt != null && Duration.between(ringingAt, answeredAt).getSeconds() <= seconds;
    }

    public boolean isInProgress() {
        return wrapUpEndedAt == null && !isAbandoned();
    }

    /** Talk = ended − answered (hold is part of it). */
    public Optional<Duration> talk() {
        return answeredAt == null || endedAt == null ? Optional.empty() : Optional.of(Duration.between(answeredAt, endedAt));
    }

    /** Wrap-up = wrap-up end − ended. */
    public Optional<Duration> wrapUp() {
        return endedAt == null || wrapUpEndedAt == null ? Optional.empty() : Optional.of(Duration.between(endedAt, wrapUpEndedAt));
    }

    /** Handle time = talk + wrap-up. */
    public Optional<Duration> handle() {
        return talk().flatMap(t -> wrapUp().map(t::plus));
    }

    public Client getClient() { return client; }
    public Customer getCustomer() { return customer; }
    public AppUser getAgent() { return agent; }
    public Channel getChannel() { return channel; }
    public Direction getDirection() { return direction; }
    public String getRemoteAddress() { return remoteAddress; }

    /** The caller's number for people (+39 347 123 4567); what the phone system sent when it is no number ("anonymous"). */
    public String getCallerShown() {
        if (remoteAddress == null || !remoteAddress.startsWith("+")) {
            return remoteAddress;
        }
        try {
            return it.cuffia.crm.domain.PhoneNumber.parse(remoteAddress).international();
        } catch (it.cuffia.shared.domain.DomainException notANumber) {
            return remoteAddress; // a "+" the PBX sent that no numbering plan knows: shown as it came
        }
    }
    public String getExternalId() { return externalId; }
    public Instant getRingingAt() { return ringingAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getEndedAt() { return endedAt; }
    public Instant getWrapUpEndedAt() { return wrapUpEndedAt; }
    public int getHoldSeconds() { return holdSeconds; }
    public String getNotes() { return notes; }
    public String getOutcome() { return outcome; }
    public Disposition getDisposition() { return disposition; }
    public boolean isWrapUpTimedOut() { return wrapUpTimedOut; }
    public Campaign getCampaign() { return campaign; }
    public Lead getLead() { return lead; }
    public String getDialledNumber() { return dialledNumber; }
    public String getIvrChoice() { return ivrChoice; }
    public Instant getReturnedAt() { return returnedAt; }
}
