package it.cuffia.ticketing.domain;

import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.BusinessTime;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.ChangeRecord;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.ForbiddenException;
import it.cuffia.shared.domain.PlainText;
import it.cuffia.shared.domain.Text;
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
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer's request, from the first contact to its resolution. The agent who takes it owns
 * it to the end; escalation hands the work to the next support level's queue, never the ownership.
 * Every change leaves a timeline row.
 */
@Entity
@Table(name = "ticket")
public class Ticket extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String subject;

    @Size(max = 4000)
    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketState state = TicketState.NEW;

    @Column(name = "support_level", nullable = false)
    private int level = SupportLevel.FRONT_LINE;

    /** The agent who took the ticket: follows it to resolution, whoever works on it. */
    @ManyToOne
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    /** Who works on it now; none while it waits in its level's queue. */
    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private AppUser assignee;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "first_response_at")
    private Instant firstResponseAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "first_response_due", nullable = false)
    private Instant firstResponseDue;
    @Column(name = "resolution_due", nullable = false)
    private Instant resolutionDue;
    /** From this instant the resolution deadline is at risk: see {@link #slaStatus(Instant)} and {@link #AT_RISK_SQL}. */
    @Column(name = "at_risk_from", nullable = false)
    private Instant atRiskFrom;
    @Column(name = "first_response_met")
    private Boolean firstResponseMet;
    @Column(name = "resolution_met")
    private Boolean resolutionMet;

    /** The longest resolution code the column holds. */
    public static final int RESOLUTION_CODE_LENGTH = 40;

    @Column(name = "resolution_code", length = RESOLUTION_CODE_LENGTH)
    private String resolutionCode;

    @Column(nullable = false)
    private boolean escalated;

    /** The contact during which the ticket was opened: first contact resolution is measured against it. */
    @ManyToOne
    @JoinColumn(name = "opened_in_interaction_id")
    private it.cuffia.contact.domain.Interaction openedIn;

    /**
     * When the wrap-up of the contact that opened the ticket ended, kept here as well (V48): the KPI tally reads a
     * day's tickets with what FCR needs without looking up each ticket's opening contact. Copied when the ticket is
     * linked to the contact, if its wrap-up has ended, otherwise when it ends (TicketService.onCallFinished, without
     * touching the ticket's version: nobody changed the ticket); a wrap-up end is set once and never changes.
     */
    @Column(name = "opening_wrap_up_ended_at")
    private Instant openingWrapUpEndedAt;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("change.changedAt, id")
    private List<TicketChange> changes = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt, id")
    private List<TicketNote> notes = new ArrayList<>();

    protected Ticket() {
    }

    /** Opens a ticket for a customer; its SLA deadlines are counted in the client's business hours. */
    public static Ticket open(Customer customer, TicketCategory category, Priority priority, Channel channel,
                              String subject, String description, SlaTarget sla, String by, Instant at) {
        Ticket ticket = new Ticket();
        ticket.client = customer.getClient();
        ticket.customer = customer;
        ticket.category = Objects.requireNonNull(category);
        ticket.priority = Objects.requireNonNull(priority);
        ticket.channel = Objects.requireNonNull(channel);
        ticket.subject = it.cuffia.shared.domain.PlainText.line(subject, "ticket.subject", 200); // one visible line: no controls, no bidi overrides
        ticket.description = it.cuffia.shared.domain.PlainText.text(description, "ticket.description", 4000);
        ticket.openedAt = at;
        ticket.planDeadlines(sla);
        ticket.record(by, at, "state", null, TicketState.NEW, null);
        return ticket;
    }

    /** Links the ticket to the contact it was opened in (a contact with this ticket's customer). */
    public void openedDuring(it.cuffia.contact.domain.Interaction interaction) {
        if (interaction.getCustomer() == null || !interaction.getCustomer().equals(customer)) {
            throw new DomainException("ticket.interaction.customer");
        }
        this.openedIn = interaction;
        this.openingWrapUpEndedAt = interaction.getWrapUpEndedAt();
    }

    /**
     * Who may take the ticket: an agent takes an unassigned front-line ticket, a supervisor an
     * unassigned one of any level. Nobody takes a colleague's assigned ticket: a supervisor
     * reassigns it. The one rule behind the service, the API and the consoles' take buttons.
     */
    public boolean canBeTakenBy(AppUser user) {
        return refusalToTake(user) == null;
    }

    private DomainException refusalToTake(AppUser user) {
        boolean supervisor = user.hasRole(Role.SUPERVISOR);
        if (!supervisor && !user.hasRole(Role.AGENT)) {
            return new ForbiddenException();
        }
        if (!state.canBeTaken()) {
            return new DomainException("ticket.take.refused", Text.label("ticket.state.", state));
        }
        if (assignee != null) {
            return new DomainException("ticket.take.assigned", assignee.getFullName());
        }
        if (level > SupportLevel.FRONT_LINE && !supervisor) {
            return new DomainException("ticket.take.level", level);
        }
        return null;
    }

    /** The user takes the ticket (see {@link #canBeTakenBy}): they become its owner (if it has none) and work on it. */
    public void take(AppUser agent, Instant at) {
        DomainException refused = refusalToTake(agent);
        if (refused != null) {
            throw refused;
        }
        if (state == TicketState.NEW) {
            moveTo(TicketState.OPEN, agent.getUsername(), at, null);
        }
        if (owner == null) {
            record(agent.getUsername(), at, "owner", null, agent.getUsername(), null);
            owner = agent;
        }
        assign(agent, agent.getUsername(), at);
        if (channel == Channel.PHONE) {
            respond(at); // on the phone, the agent who takes the ticket is talking with the customer
        }
    }

    /**
     * The ticket's first response: on the phone, when an agent takes it; by any other channel (a web form, a mail,
     * a fax) the first note the customer sees, since nobody has answered them before that.
     */
    private void respond(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
            firstResponseMet = !at.isAfter(firstResponseDue);
        }
    }

    /** Where the ticket stands against its first-response deadline now (at risk in the last quarter, like the resolution). */
    public SlaStatus firstResponseStatus(Instant now) {
        if (firstResponseAt != null) {
            return firstResponseMet ? SlaStatus.MET : SlaStatus.MISSED;
        }
        if (now.isAfter(firstResponseDue)) {
            return SlaStatus.BREACHED;
        }
        return now.isBefore(atRiskFrom(openedAt, firstResponseDue)) ? SlaStatus.ON_TRACK : SlaStatus.AT_RISK;
    }

    public void waitForCustomer(String by, Instant at) {
        moveTo(TicketState.WAITING_CUSTOMER, by, at, null);
    }

    /** Work starts again: the customer answered, or a reopened ticket is picked up. */
    public void resume(String by, Instant at) {
        moveTo(TicketState.OPEN, by, at, null);
    }

    public void resolve(String resolutionCode, String by, Instant at) {
        if (resolutionCode == null || resolutionCode.isBlank()) {
            throw new DomainException("ticket.resolutionCode.required");
        }
        String code = PlainText.line(resolutionCode.trim(), "ticket.resolutionCode", RESOLUTION_CODE_LENGTH);
        moveTo(TicketState.RESOLVED, by, at, null);
        record(by, at, "resolutionCode", this.resolutionCode, code, null);
        this.resolutionCode = code;
        resolvedAt = at;
        resolutionMet = !at.isAfter(resolutionDue);
    }

    /** Resolved or closed: the matter is settled (a customer-satisfaction survey is sent only then). */
    public boolean isSettled() {
        return state == TicketState.RESOLVED || state == TicketState.CLOSED;
    }

    /**
     * The customer answered the satisfaction survey of this ticket (issue 16 §2): a timeline row by the customer,
     * "4/5 · 9/10" (satisfaction of 5, recommendation of 10) and the comment as its reason (cut to what a reason holds).
     */
    public void customerRated(int satisfaction, int recommendation, String comment, Instant at) {
        String who = customer.getFullName();
        String text = comment == null ? null : comment.length() > 1000 ? comment.substring(0, 999) + "…" : comment;
        record(who.length() > 60 ? who.substring(0, 59) + "…" : who, at, "satisfaction", null,
                satisfaction + "/5 · " + recommendation + "/10", text);
    }

    public void close(String by, Instant at) {
        moveTo(TicketState.CLOSED, by, at, null);
        closedAt = at;
    }

    public void reopen(String reason, String by, Instant at) {
        requireReason(reason);
        moveTo(TicketState.REOPENED, by, at, reason);
        resolvedAt = null;
        resolutionMet = null;
    }

    /**
     * Hands the work to a higher support level's queue, with a reason. The owner keeps the ticket
     * and keeps following it; nobody at the new level is assigned until someone takes it.
     */
    public void escalate(int toLevel, String reason, String by, Instant at) {
        requireReason(reason);
        SupportLevel.checked(toLevel);
        if (!state.isActive()) {
            throw new DomainException("ticket.escalate.inactive", Text.label("ticket.state.", state));
        }
        if (toLevel <= level) {
            throw new DomainException("ticket.escalate.level", level, toLevel);
        }
        record(by, at, "level", level, toLevel, reason.trim());
        level = toLevel;
        escalated = true;
        assign(null, by, at);
    }

    /**
     * A contact channel's routing rule sends a ticket nobody has taken yet straight to the queue of another support
     * level. Not an escalation (no one handed it on): the timeline says which rule did it.
     */
    /** The reason a routing rule gives in the timeline, in no language (the page says it in the reader's: {@link TicketChange#getReasonText}). */
    static final java.util.regex.Pattern ROUTED_BY = java.util.regex.Pattern.compile("routing rule (\\d+)");

    public static String routedBy(long ruleId) {
        return "routing rule " + ruleId;
    }

    public void routeTo(int toLevel, String reason, String by, Instant at) {
        SupportLevel.checked(toLevel);
        if (state != TicketState.NEW || owner != null) {
            throw new DomainException("ticket.route.taken");
        }
        if (toLevel != level) {
            record(by, at, "level", level, toLevel, reason);
            level = toLevel;
        }
    }

    /** A supervisor gives the work to someone else (the owner stays). */
    public void assign(AppUser newAssignee, String by, Instant at) {
        String before = assignee == null ? null : assignee.getUsername();
        String after = newAssignee == null ? null : newAssignee.getUsername();
        if (!Objects.equals(before, after)) {
            record(by, at, "assignee", before, after, null);
            assignee = newAssignee;
        }
    }

    public void changePriority(Priority newPriority, SlaTarget sla, String by, Instant at) {
        if (newPriority != priority) {
            record(by, at, "priority", priority, newPriority, null);
            priority = newPriority;
            planDeadlines(sla);
        }
    }

    public TicketAttachment attach(String fileName, String contentType, byte[] content, String by, Instant at) {
        TicketAttachment attachment = new TicketAttachment(this, fileName, contentType, content, by, at);
        record(by, at, "attachment", null, attachment.getFileName(), null);
        return attachment;
    }

    /** A note of the staff: internal, or for the customer (the first one the customer sees is the first response). */
    public TicketNote addNote(String text, boolean customerVisible, String by, Instant at) {
        TicketNote note = note(text, customerVisible, false, by, at);
        if (customerVisible) {
            respond(at);
        }
        return note;
    }

    /**
     * The staff's answer sent to the customer by e-mail at {@code address}: a note the customer sees, which says
     * where it went (the mail itself leaves through the outbox).
     */
    public TicketNote answerByMail(String text, String address, String by, Instant at) {
        TicketNote note = addNote(text, true, by, at);
        note.emailedTo(address);
        return note;
    }

    /**
     * The customer wrote again through a channel: a note everybody sees, which is no response of the staff. A
     * ticket waiting for the customer goes back to work; a resolved one is reopened when {@code reopenReason} is
     * given.
     */
    public TicketNote customerWrote(String text, String reopenReason, String by, Instant at) {
        if (reopenReason != null && state == TicketState.RESOLVED) {
            reopen(reopenReason, by, at);
        } else if (state == TicketState.WAITING_CUSTOMER) {
            resume(by, at);
        }
        return note(text, false, true, by, at);
    }

    private TicketNote note(String text, boolean customerVisible, boolean fromCustomer, String by, Instant at) {
        if (text == null || text.isBlank()) {
            throw new DomainException("ticket.note.required");
        }
        TicketNote note = new TicketNote(this, at, by, text.trim(), customerVisible, fromCustomer);
        notes.add(note);
        return note;
    }

    /** Where the ticket stands against its resolution deadline now. */
    public SlaStatus slaStatus(Instant now) {
        if (resolvedAt != null) {
            return resolutionMet ? SlaStatus.MET : SlaStatus.MISSED;
        }
        if (now.isAfter(resolutionDue)) {
            return SlaStatus.BREACHED;
        }
        return now.isBefore(atRiskFrom) ? SlaStatus.ON_TRACK : SlaStatus.AT_RISK;
    }

    /**
     * The SQL twin of {@code slaStatus(now) == AT_RISK} for an active ticket (an active ticket has no
     * resolution yet): {@code %1$s} is the ticket table's alias, {@code %2$s} the parameter holding now.
     */
    public static final String AT_RISK_SQL = "(%1$s.at_risk_from <= %2$s and %1$s.resolution_due >= %2$s)";

    /** The SQL twin of {@code slaStatus(now) == BREACHED} for an active ticket; placeholders as {@link #AT_RISK_SQL}. */
    public static final String BREACHED_SQL = "(%1$s.resolution_due < %2$s)";

    /** The resolution deadline is at risk in the last quarter of the time from opening to it (to the second). */
    public static Instant atRiskFrom(Instant openedAt, Instant resolutionDue) {
        Duration quarter = Duration.between(openedAt, resolutionDue).dividedBy(4);
        return resolutionDue.minus(quarter).truncatedTo(ChronoUnit.SECONDS);
    }

    public boolean isOwnedBy(AppUser user) {
        return owner != null && owner.equals(user);
    }

    public boolean isAssignedTo(AppUser user) {
        return assignee != null && assignee.equals(user);
    }

    /** Who works the ticket without being a supervisor: its owner, who follows it to the end, or its assignee. */
    public boolean isWorkedBy(AppUser user) {
        return isOwnedBy(user) || isAssignedTo(user);
    }

    /** Who may move, escalate and resolve the ticket: whoever works it, or a supervisor or admin. */
    public boolean canBeWorkedBy(AppUser user) {
        return user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.ADMIN) || isWorkedBy(user);
    }

    /** The criteria twin of {@link #isWorkedBy}: the ticket's owner or assignee is the user with this id. */
    public static Predicate workedBy(CriteriaBuilder cb, Path<Ticket> ticket, Long userId) {
        return cb.or(cb.equal(ticket.get("owner").get("id"), userId), cb.equal(ticket.get("assignee").get("id"), userId));
    }

    /**
     * The criteria twin of {@link #canBeTakenBy}: unassigned, in a state that may be taken, front-line unless the user
     * is a supervisor; nothing for a user who is neither agent nor supervisor. The queue a person can take from.
     */
    public static Predicate takeableBy(CriteriaBuilder cb, Path<Ticket> ticket, AppUser user) {
        boolean supervisor = user.hasRole(Role.SUPERVISOR);
        if (!supervisor && !user.hasRole(Role.AGENT)) {
            return cb.disjunction();
        }
        Predicate free = cb.and(ticket.get("state").in(TicketState.TAKEABLE), cb.isNull(ticket.get("assignee")));
        return supervisor ? free : cb.and(free, cb.equal(ticket.get("level"), SupportLevel.FRONT_LINE));
    }

    /** The criteria twin of {@link TicketState#isActive()}. */
    public static Predicate active(Path<Ticket> ticket) {
        return ticket.get("state").in(TicketState.ACTIVE);
    }

    private void planDeadlines(SlaTarget sla) {
        firstResponseDue = BusinessTime.after(client, openedAt, sla.firstResponse());
        resolutionDue = BusinessTime.after(client, openedAt, sla.resolution());
        atRiskFrom = atRiskFrom(openedAt, resolutionDue);
    }

    private void moveTo(TicketState next, String by, Instant at, String reason) {
        if (!state.canMoveTo(next)) {
            throw new DomainException("ticket.transition.refused", Text.label("ticket.state.", state),
                    Text.label("ticket.state.", next));
        }
        record(by, at, "state", state, next, reason);
        state = next;
    }

    private void record(String by, Instant at, String field, Object before, Object after, String reason) {
        changes.add(new TicketChange(this, new ChangeRecord(at, by, field, before, after), reason));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("ticket.reason.required");
        }
    }

    public Client getClient() { return client; }
    public Customer getCustomer() { return customer; }
    public TicketCategory getCategory() { return category; }
    public Priority getPriority() { return priority; }
    public Channel getChannel() { return channel; }
    public String getSubject() { return subject; }
    public String getDescription() { return description; }
    public TicketState getState() { return state; }
    public int getLevel() { return level; }
    public AppUser getOwner() { return owner; }
    public AppUser getAssignee() { return assignee; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getFirstResponseAt() { return firstResponseAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getFirstResponseDue() { return firstResponseDue; }
    public Instant getResolutionDue() { return resolutionDue; }
    public Instant getAtRiskFrom() { return atRiskFrom; }
    public Boolean getFirstResponseMet() { return firstResponseMet; }
    public Boolean getResolutionMet() { return resolutionMet; }
    public String getResolutionCode() { return resolutionCode; }
    public boolean isEscalated() { return escalated; }
    public it.cuffia.contact.domain.Interaction getOpenedIn() { return openedIn; }
    public Instant getOpeningWrapUpEndedAt() { return openingWrapUpEndedAt; }
    public List<TicketChange> getChanges() { return List.copyOf(changes); }
    public List<TicketNote> getNotes() { return List.copyOf(notes); }
}
