package it.cuffia.satisfaction.domain;

import it.cuffia.contact.domain.Channel;
import it.cuffia.contact.domain.Direction;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.PlainText;
import it.cuffia.ticketing.domain.Ticket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A customer-satisfaction survey (issue 16 §2) of one resolved ticket or one completed call: planned when it happens,
 * due after the client's delay, mailed once with a secret link (only the link's hash is kept), answered once before
 * the link expires: satisfaction 1-5, recommendation 0-10, an optional comment. The answer counts for the agent who
 * handled the contact, the client, the campaign and the channel.
 */
@Entity
@Table(name = "satisfaction_survey")
@NamedQuery(name = SatisfactionSurvey.DUE, query = "select s from SatisfactionSurvey s where s.status = :status and s.dueAt <= :now"
        + " order by s.dueAt, s.id")
@NamedQuery(name = SatisfactionSurvey.BY_TOKEN, query = "select s from SatisfactionSurvey s where s.tokenHash = :hash")
public class SatisfactionSurvey extends AbstractEntity {

    public static final String DUE = "SatisfactionSurvey.due";
    public static final String BY_TOKEN = "SatisfactionSurvey.byToken";
    public static final int MAX_COMMENT = 2000;

    /** What the survey page shows for a link. */
    public enum View { OPEN, ANSWERED, EXPIRED }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interaction_id")
    private Interaction interaction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id")
    private AppUser agent;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SurveyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "skip_reason", length = 20)
    private SkipReason skipReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(length = 160)
    private String recipient;
    @Column(length = 2)
    private String language;
    @Column(name = "token_hash", length = 64)
    private String tokenHash;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    private Integer satisfaction;
    private Integer recommendation;
    @Column(name = "comment_text", length = MAX_COMMENT)
    private String comment;

    protected SatisfactionSurvey() {
    }

    private SatisfactionSurvey(Client client, Customer customer, AppUser agent, Long campaignId, Channel channel, Instant at,
                               Duration delay) {
        this.client = client;
        this.customer = customer;
        this.agent = agent;
        this.campaignId = campaignId;
        this.channel = channel;
        this.status = SurveyStatus.SCHEDULED;
        this.createdAt = at;
        this.dueAt = at.plus(delay);
    }

    /** The survey of a ticket resolved at {@code at}, for the agent who owned it (else who resolved it). */
    public static SatisfactionSurvey ofTicket(Ticket ticket, AppUser resolver, Instant at, Duration delay) {
        AppUser agent = ticket.getOwner() != null ? ticket.getOwner() : resolver;
        SatisfactionSurvey survey = new SatisfactionSurvey(ticket.getClient(), ticket.getCustomer(), agent, null, ticket.getChannel(), at, delay);
        survey.ticket = ticket;
        return survey;
    }

    /** The survey of a completed call ({@link #completes}), for its agent and campaign. */
    public static SatisfactionSurvey ofCall(Interaction call, Instant at, Duration delay) {
        SatisfactionSurvey survey = new SatisfactionSurvey(call.getClient(), call.getCustomer(), call.getAgent(),
                call.getCampaign() == null ? null : call.getCampaign().getId(), Channel.PHONE, at, delay);
        survey.interaction = call;
        return survey;
    }

    /**
     * A call worth a survey: a phone call of a known customer that someone answered and that ended; an outbound one
     * only when it reached the right person (a contact outcome), and never one whose customer asked not to be called.
     */
    public static boolean completes(Interaction call) {
        if (call.getChannel() != Channel.PHONE || call.getCustomer() == null || call.getAgent() == null
                || call.getAnsweredAt() == null || call.getEndedAt() == null) {
            return false;
        }
        if (call.getDirection() == Direction.INBOUND) {
            return true;
        }
        Outcome outcome = outcome(call.getOutcome());
        return outcome != null && outcome.isContact() && outcome != Outcome.DO_NOT_CALL;
    }

    private static Outcome outcome(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException notOutbound) {
            return null;
        }
    }

    /** Mailed now: the link's hash kept, good for {@code validDays}. Only a planned survey is sent, and only once. */
    public void sent(String tokenHash, String recipient, String language, Instant at, int validDays) {
        if (status != SurveyStatus.SCHEDULED) {
            throw new IllegalStateException("survey " + getId() + " is " + status + ", not to be sent");
        }
        this.status = SurveyStatus.SENT;
        this.tokenHash = tokenHash;
        this.recipient = recipient;
        this.language = language;
        this.sentAt = at;
        this.expiresAt = at.plus(Duration.ofDays(validDays));
    }

    public void skipped(SkipReason reason) {
        if (status != SurveyStatus.SCHEDULED) {
            throw new IllegalStateException("survey " + getId() + " is " + status);
        }
        this.status = SurveyStatus.SKIPPED;
        this.skipReason = reason;
    }

    /** What the link shows now. */
    public View view(Instant now) {
        if (status == SurveyStatus.ANSWERED) {
            return View.ANSWERED;
        }
        return status == SurveyStatus.SENT && now.isBefore(expiresAt) ? View.OPEN : View.EXPIRED;
    }

    /** The customer's answer: once, before the link expires; both scores required, the comment optional. */
    public void answer(Integer satisfaction, Integer recommendation, String comment, Instant at) {
        switch (view(at)) {
            case ANSWERED -> throw new DomainException("csat.answered");
            case EXPIRED -> throw new DomainException("csat.expired");
            case OPEN -> { }
        }
        if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
            throw new DomainException("csat.satisfaction.required");
        }
        if (recommendation == null || recommendation < 0 || recommendation > 10) {
            throw new DomainException("csat.recommendation.required");
        }
        String text = comment == null || comment.isBlank() ? null : PlainText.text(comment.strip(), "csat.comment", MAX_COMMENT);
        this.status = SurveyStatus.ANSWERED;
        this.satisfaction = satisfaction;
        this.recommendation = recommendation;
        this.comment = text;
        this.answeredAt = at;
    }

    public SurveySubject subject() {
        return ticket != null ? SurveySubject.TICKET : SurveySubject.CALL;
    }

    public Client getClient() { return client; }
    public Customer getCustomer() { return customer; }
    public Ticket getTicket() { return ticket; }
    public Interaction getInteraction() { return interaction; }
    public AppUser getAgent() { return agent; }
    public Long getCampaignId() { return campaignId; }
    public Channel getChannel() { return channel; }
    public SurveyStatus getStatus() { return status; }
    public SkipReason getSkipReason() { return skipReason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getSentAt() { return sentAt; }
    public String getRecipient() { return recipient; }
    public String getLanguage() { return language; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Integer getSatisfaction() { return satisfaction; }
    public Integer getRecommendation() { return recommendation; }
    public String getComment() { return comment; }
}
