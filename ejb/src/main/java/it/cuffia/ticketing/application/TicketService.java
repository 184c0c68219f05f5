package it.cuffia.ticketing.application;

import it.cuffia.contact.application.CallFinished;
import it.cuffia.crm.application.CustomerService;
import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.ForbiddenException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.SqlValues;
import it.cuffia.shared.infrastructure.Tenancy;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SlaTarget;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketCategory;
import it.cuffia.ticketing.domain.TicketChange;
import it.cuffia.ticketing.domain.TicketNote;
import it.cuffia.ticketing.domain.TicketState;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tickets: opening, taking, escalating, resolving, reopening, closing, notes, queues.
 * Agents, supervisors and admins only; always within the caller's clients.
 */
@Stateless
public class TicketService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CustomerService customers;

    @Inject
    private it.cuffia.contact.application.InteractionService interactions;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<TicketResolved> resolved;

    /**
     * The wrap-up of a contact ended: the tickets opened in it keep when (what the KPI tally's FCR reads,
     * {@code Ticket.openingWrapUpEndedAt}). One SQL update that leaves the tickets' version alone (a JPQL update would
     * raise it): nobody changed the tickets, so a ticket page open since the call still saves. Tickets are not in the
     * shared cache, so no cached copy goes stale.
     */
    public void onCallFinished(@Observes CallFinished finished) {
        em.createNativeQuery("update ticket set opening_wrap_up_ended_at = ?1 where opened_in_interaction_id = ?2"
                        + " and opening_wrap_up_ended_at is null")
                .setParameter(1, SqlValues.timestamp(finished.at())).setParameter(2, finished.interactionId()).executeUpdate();
    }

    /** Opens a ticket; an agent opening it during a contact takes it at once and owns it. */
    public Ticket open(@Valid NewTicket request) {
        Caller caller = staff();
        Customer customer = customers.get(request.getCustomerId());
        Instant now = clock.instant();
        Ticket ticket = Ticket.open(customer, request.getCategory(), request.getPriority(), request.getChannel(),
                request.getSubject(), request.getDescription(),
                slaFor(customer.getClient().getId(), request.getCategory(), request.getPriority(), customer, request.getChannel()),
                caller.username(), now);
        if (caller.is(Role.AGENT)) {
            ticket.take(me(caller), now);
            // opened while talking to this customer: the ticket belongs to that contact (FCR)
            interactions.current().filter(call -> customer.equals(call.getCustomer())).ifPresent(ticket::openedDuring);
        }
        em.persist(ticket);
        em.flush();
        return ticket;
    }

    /**
     * Opens a ticket that no logged-in person asked for: a contact channel of the client's (its web form, its
     * mailboxes) received it and matched the customer within that client. Nobody takes it: it waits in the
     * front-line queue of the customer's client, and its timeline says which channel opened it ({@code by}).
     */
    public Ticket openUnattended(Customer customer, TicketCategory category, Priority priority, it.cuffia.contact.domain.Channel channel,
                                 String subject, String description, String by) {
        Ticket ticket = Ticket.open(customer, category, priority, channel, subject, description,
                slaFor(customer.getClient().getId(), category, priority, customer, channel), by, clock.instant());
        em.persist(ticket);
        em.flush();
        return ticket;
    }

    public Ticket get(Long id) {
        Caller caller = staff();
        Ticket ticket = em.find(Ticket.class, id);
        if (ticket == null || !caller.scope().allows(ticket.getClient().getId())) {
            throw new NotFoundException("ticket", id);
        }
        return ticket;
    }

    public Page<Ticket> page(PageRequest request) {
        Caller caller = staff();
        PagedQuery<Ticket> query = PagedQuery.of(em, Ticket.class)
                .searchable("subject", "subject")
                .searchable("customer", "customer.lastName")
                .field("client", "client.name")
                .field("clientId", "client.id")
                .field("state", "state")
                .field("category", "category")
                .field("priority", "priority")
                .field("channel", "channel")
                .field("level", "level")
                .field("owner", "owner.username")
                .field("assignee", "assignee.username")
                .field("customerId", "customer.id")
                .field("openedAt", "openedAt")
                .field("resolutionDue", "resolutionDue")
                .where(Tenancy.within(caller.scope(), "client"))
                .batchFetch("customer").batchFetch("owner").batchFetch("assignee")
                .orderBy("resolutionDue");
        String scope = request.choice("view", List.of("mine", "queue", "active", "breached")).orElse("all");
        PageRequest rest = request.withoutFilter("view");
        if ("mine".equals(scope)) {
            query.where((cb, root) -> cb.and(Ticket.active(root), Ticket.workedBy(cb, root, caller.userId())));
        } else if ("queue".equals(scope)) {
            // what the caller can take: an agent sees no escalated ticket there (a supervisor hands those out)
            AppUser me = em.find(AppUser.class, caller.userId());
            query.where((cb, root) -> Ticket.takeableBy(cb, root, me));
        } else if ("active".equals(scope)) {
            query.where((cb, root) -> Ticket.active(root));
        } else if ("breached".equals(scope)) {
            Instant now = clock.instant();
            query.where((cb, root) -> cb.and(Ticket.active(root), cb.lessThan(root.get("resolutionDue"), now)));
        }
        return query.run(rest);
    }

    /**
     * The caller takes an unassigned ticket ({@link Ticket#canBeTakenBy}): agents front-line ones,
     * supervisors any level; a colleague's assigned ticket is reassigned by a supervisor, never taken.
     */
    public Ticket take(Long id, long version) {
        Caller caller = callers.caller();
        caller.require(Role.AGENT, Role.SUPERVISOR);
        return change(id, version, t -> t.take(me(caller), clock.instant()));
    }

    public Ticket escalate(Long id, long version, int level, String reason) {
        Caller caller = callers.caller();
        return change(id, version, t -> {
            requireWorker(t, caller);
            t.escalate(level, reason, caller.username(), clock.instant());
        });
    }

    public Ticket waitForCustomer(Long id, long version) {
        Caller caller = callers.caller();
        return change(id, version, t -> {
            requireWorker(t, caller);
            t.waitForCustomer(caller.username(), clock.instant());
        });
    }

    public Ticket resume(Long id, long version) {
        Caller caller = callers.caller();
        return change(id, version, t -> {
            requireWorker(t, caller);
            t.resume(caller.username(), clock.instant());
        });
    }

    public Ticket resolve(Long id, long version, String resolutionCode) {
        Caller caller = callers.caller();
        return change(id, version, t -> {
            requireWorker(t, caller);
            t.resolve(resolutionCode, caller.username(), clock.instant());
            resolved.fire(new TicketResolved(t.getId(), caller.userId(), t.getResolvedAt()));
        });
    }

    public Ticket reopen(Long id, long version, String reason) {
        Caller caller = callers.caller();
        return change(id, version, t -> t.reopen(reason, caller.username(), clock.instant()));
    }

    public Ticket close(Long id, long version) {
        Caller caller = callers.caller();
        return change(id, version, t -> {
            requireWorker(t, caller);
            t.close(caller.username(), clock.instant());
        });
    }

    /** A supervisor hands the work to someone (or back to the queue with no one). */
    public Ticket assign(Long id, long version, String username) {
        Caller caller = callers.caller();
        caller.require(Role.SUPERVISOR, Role.ADMIN);
        AppUser user = username == null || username.isBlank() ? null : userNamed(username);
        return change(id, version, t -> {
            // the same people the ticket page offers: an agent of another client could not even open it
            if (user != null && !assignable(t).contains(user)) {
                throw new DomainException("ticket.assignee.notAssignable", user.getFullName(), t.getClient().getName());
            }
            t.assign(user, caller.username(), clock.instant());
        });
    }

    /** Whom a supervisor may hand a ticket to: the active agents who work for the ticket's client. */
    public List<AppUser> assignableAgents(Long id) {
        callers.caller().require(Role.SUPERVISOR, Role.ADMIN);
        return assignable(get(id));
    }

    private List<AppUser> assignable(Ticket ticket) {
        return em.createQuery("select u from Agent a join a.user u where " + it.cuffia.identity.domain.Agent.WORKS_FOR_JPQL.formatted("a", ":client")
                        + " and u.active = true order by u.lastName, u.firstName", AppUser.class)
                .setParameter("client", ticket.getClient()).getResultList();
    }

    public Ticket changePriority(Long id, long version, Priority priority) {
        Caller caller = callers.caller();
        return change(id, version, t -> {
            requireWorker(t, caller);
            t.changePriority(priority, slaFor(t.getClient().getId(), t.getCategory(), priority, t.getCustomer(), t.getChannel()),
                    caller.username(), clock.instant());
        });
    }

    public TicketNote addNote(Long id, String text, boolean customerVisible) {
        Caller caller = staff();
        Ticket ticket = get(id);
        TicketNote note = ticket.addNote(text, customerVisible, caller.username(), clock.instant());
        em.flush();
        return note;
    }

    /** The staff's answer that also goes to the customer by e-mail at {@code address} (the mail: channels' MailReplies). */
    public TicketNote answerByMail(Long id, String text, String address) {
        Caller caller = staff();
        Ticket ticket = get(id);
        TicketNote note = ticket.answerByMail(text, address, caller.username(), clock.instant());
        em.flush();
        return note;
    }

    /** Attaches a file (size and type checked, SHA-256 kept); the timeline records it. */
    public it.cuffia.ticketing.domain.TicketAttachment attach(Long id, String fileName, String contentType, byte[] content) {
        Caller caller = staff();
        Ticket ticket = get(id);
        it.cuffia.ticketing.domain.TicketAttachment attachment =
                ticket.attach(fileName, contentType, content, caller.username(), clock.instant());
        em.persist(attachment);
        em.flush();
        return attachment;
    }

    /** The files of a ticket, newest first (their content is loaded only when downloaded). */
    public List<it.cuffia.ticketing.domain.TicketAttachment> attachments(Long id) {
        Ticket ticket = get(id);
        return em.createQuery("select a from TicketAttachment a where a.ticket = :t order by a.uploadedAt desc",
                it.cuffia.ticketing.domain.TicketAttachment.class).setParameter("t", ticket).getResultList();
    }

    public it.cuffia.ticketing.domain.TicketAttachment attachment(Long ticketId, Long attachmentId) {
        Ticket ticket = get(ticketId);
        it.cuffia.ticketing.domain.TicketAttachment attachment = em.find(it.cuffia.ticketing.domain.TicketAttachment.class, attachmentId);
        if (attachment == null || !attachment.getTicket().equals(ticket)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        attachment.getContent(); // loaded inside the transaction
        return attachment;
    }

    public List<TicketChange> timeline(Long id) {
        Ticket ticket = get(id);
        return em.createQuery("select c from TicketChange c where c.ticket = :t order by c.change.changedAt, c.id", TicketChange.class)
                .setParameter("t", ticket).getResultList();
    }

    public List<TicketNote> notes(Long id) {
        Ticket ticket = get(id);
        return em.createQuery("select n from TicketNote n where n.ticket = :t order by n.writtenAt, n.id", TicketNote.class)
                .setParameter("t", ticket).getResultList();
    }

    /**
     * Queues per support level, counted by the database in one query. Native SQL: an aggregate of a
     * converted attribute (min of an instant) reaches JPA converters as the driver's raw type.
     */
    public List<QueueSummary> queues() {
        Caller caller = staff();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        String scope = " and " + it.cuffia.shared.infrastructure.Tenancy.sql(caller.scope(), "t.client_id");
        // breached and at risk: the domain's definitions (Ticket.slaStatus) through their SQL twins
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.support_level, count(*), "
                        + "sum(case when t.assignee_id is null then 1 else 0 end), min(t.opened_at), "
                        + "sum(case when " + Ticket.BREACHED_SQL.formatted("t", "?1") + " then 1 else 0 end), "
                        + "sum(case when " + Ticket.AT_RISK_SQL.formatted("t", "?1") + " then 1 else 0 end) "
                        + "from ticket t where t.state in (" + TicketState.ACTIVE_SQL + ")" + scope
                        + " group by t.support_level order by t.support_level")
                .setParameter(1, now)
                .getResultList();
        return rows.stream().map(row -> new QueueSummary(((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), SqlValues.instant(row[3]), ((Number) row[4]).longValue(), ((Number) row[5]).longValue()))
                .toList();
    }

    /**
     * Issue 15 §3, the wallboard's tickets of one client (or of all in view, {@code clientId} null): at-risk and
     * breached active tickets counted by the database (the SQL twins of {@link Ticket#slaStatus}, through the index on
     * state, at_risk_from and resolution_due) and the {@code howMany} at-risk tickets due first.
     */
    public SlaWatch slaWatch(Long clientId, int howMany) {
        Caller caller = staff();
        caller.require(Role.SUPERVISOR, Role.ADMIN);
        if (clientId != null && !caller.scope().allows(clientId)) {
            throw new NotFoundException("client", clientId);
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        String where = " from ticket t where t.state in (" + TicketState.ACTIVE_SQL + ") and "
                + (clientId == null ? it.cuffia.shared.infrastructure.Tenancy.sql(caller.scope(), "t.client_id") : "t.client_id = ?2");
        jakarta.persistence.Query counts = em.createNativeQuery("select sum(case when " + Ticket.AT_RISK_SQL.formatted("t", "?1")
                + " then 1 else 0 end), sum(case when " + Ticket.BREACHED_SQL.formatted("t", "?1") + " then 1 else 0 end)" + where)
                .setParameter(1, now);
        jakarta.persistence.Query first = em.createNativeQuery("select t.id" + where + " and " + Ticket.AT_RISK_SQL.formatted("t", "?1")
                + " order by t.resolution_due, t.id").setParameter(1, now).setMaxResults(howMany);
        if (clientId != null) {
            counts.setParameter(2, clientId);
            first.setParameter(2, clientId);
        }
        Object[] row = (Object[]) counts.getSingleResult();
        List<Long> ids = howMany <= 0 ? List.of() : ((List<?>) first.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        List<Ticket> due = ids.isEmpty() ? List.of() : em.createQuery("select t from Ticket t join fetch t.client where t.id in :ids"
                + " order by t.resolutionDue, t.id", Ticket.class).setParameter("ids", ids).getResultList();
        return new SlaWatch(row[0] == null ? 0 : ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue(), due);
    }

    /**
     * When the queue summary changes with the clock alone: the next instant an active ticket of the caller's clients
     * becomes at risk or breached ({@link Ticket#AT_RISK_SQL}, {@link Ticket#BREACHED_SQL}); empty when none will.
     * The live queue screen reloads then, once, instead of polling (every other change is pushed).
     */
    public java.util.Optional<Instant> nextSlaChange() {
        Caller caller = staff();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        String scope = " and " + Tenancy.sql(caller.scope(), "t.client_id");
        // two minimums, each read from an index from now on (ix_ticket_state_at_risk, ix_ticket_active_due), not from
        // every active ticket (a hundred thousand with a million tickets)
        String active = "from ticket t where t.state in (" + TicketState.ACTIVE_SQL + ")" + scope;
        Object[] row = (Object[]) em.createNativeQuery("select (select min(t.at_risk_from) " + active + " and t.at_risk_from > ?1), "
                        + "(select min(t.resolution_due) " + active + " and t.resolution_due >= ?1)")
                .setParameter(1, now)
                .getSingleResult();
        Instant atRisk = SqlValues.instant(row[0]);
        // breached once the deadline has passed (resolution_due < now): the first second after it
        Instant breached = row[1] == null ? null : SqlValues.instant(row[1]).plusSeconds(1);
        return java.util.stream.Stream.of(atRisk, breached).filter(java.util.Objects::nonNull).min(Instant::compareTo);
    }

    /** A ticket of this client (for a channel, which has no caller), or none. */
    public java.util.Optional<Ticket> ofClient(Long clientId, Long ticketId) {
        Ticket ticket = ticketId == null ? null : em.find(Ticket.class, ticketId);
        return ticket != null && ticket.getClient().getId().equals(clientId) ? java.util.Optional.of(ticket) : java.util.Optional.empty();
    }

    /** The customer wrote again through a channel ({@link Ticket#customerWrote}). */
    public TicketNote customerWrote(Long clientId, Ticket ticket, String text, String reopenReason, String by) {
        requireClient(ticket.getClient().getId(), clientId);
        TicketNote note = ticket.customerWrote(text, reopenReason, by, clock.instant());
        em.flush();
        return note;
    }

    /**
     * What a channel noticed for the staff (a file refused, a preview not made, a mail that bounced): an internal
     * note. With {@code backToWork}, a ticket waiting for the customer goes back to the staff, who must act.
     */
    public TicketNote channelRemark(Long clientId, Ticket ticket, String text, boolean backToWork, String by) {
        requireClient(ticket.getClient().getId(), clientId);
        Instant now = clock.instant();
        if (backToWork && ticket.getState() == TicketState.WAITING_CUSTOMER) {
            ticket.resume(by, now);
        }
        TicketNote note = ticket.addNote(text, false, by, now);
        em.flush();
        return note;
    }

    /** A file that came with a channel's message (size and type checked as an upload's). */
    public it.cuffia.ticketing.domain.TicketAttachment attachFromChannel(Long clientId, Ticket ticket, String fileName, String contentType,
                                                                        byte[] content, String by) {
        requireClient(ticket.getClient().getId(), clientId);
        it.cuffia.ticketing.domain.TicketAttachment attachment = ticket.attach(fileName, contentType, content, by, clock.instant());
        em.persist(attachment);
        em.flush();
        return attachment;
    }

    private static void requireClient(Long actual, Long expected) {
        if (!actual.equals(expected)) {
            throw new ForbiddenException();
        }
    }

    /** Closes tickets resolved more than {@code days} days ago (the auto-close timer's work). */
    public int closeResolvedBefore(Instant cutoff) {
        List<Ticket> due = em.createQuery("select t from Ticket t where t.state = :resolved and t.resolvedAt < :cutoff", Ticket.class)
                .setParameter("resolved", TicketState.RESOLVED).setParameter("cutoff", cutoff)
                .setMaxResults(500).getResultList();
        Instant now = clock.instant();
        due.forEach(t -> t.close("system", now));
        return due.size();
    }

    private Ticket change(Long id, long version, Consumer<Ticket> edit) {
        Ticket ticket = get(id);
        if (ticket.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        edit.accept(ticket);
        em.flush();
        return ticket;
    }

    /** Who may work a ticket: {@link Ticket#canBeWorkedBy} (its owner or assignee, a supervisor, an admin). */
    private void requireWorker(Ticket ticket, Caller caller) {
        if (!ticket.canBeWorkedBy(me(caller))) {
            throw new ForbiddenException();
        }
    }

    private Caller staff() {
        Caller caller = callers.caller();
        caller.require(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
        return caller;
    }

    private AppUser me(Caller caller) {
        return em.find(AppUser.class, caller.userId());
    }

    private AppUser userNamed(String username) {
        return em.createQuery("select u from AppUser u where u.username = :u and u.active = true", AppUser.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("user", username));
    }

    /** The promise of the category and priority, with the client's first response for the channel if sooner. */
    private SlaTarget slaFor(Long clientId, TicketCategory category, Priority priority, Customer customer,
                             it.cuffia.contact.domain.Channel channel) {
        return slaFor(clientId, category, priority, customer).forChannel(em.createNamedQuery(
                        it.cuffia.ticketing.domain.ChannelResponseTarget.OF_CLIENT, it.cuffia.ticketing.domain.ChannelResponseTarget.class)
                .setParameter("client", clientId).getResultStream().filter(t -> t.getChannel() == channel).findFirst()
                .map(it.cuffia.ticketing.domain.ChannelResponseTarget::firstResponse));
    }

    private SlaTarget slaFor(Long clientId, TicketCategory category, Priority priority, Customer customer) {
        return em.createQuery("select s from SlaTarget s where s.client.id = :c and s.category = :cat and s.priority = :p", SlaTarget.class)
                .setParameter("c", clientId).setParameter("cat", category).setParameter("p", priority)
                .getResultStream().findFirst()
                .orElseGet(() -> SlaTarget.standard(customer.getClient(), category, priority));
    }
}
