package it.cuffia.contact.application;

import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.AgentStatePeriod;
import it.cuffia.contact.domain.Disposition;
import it.cuffia.contact.domain.WrapUpPolicy;
import it.cuffia.shared.domain.ConflictException;
import it.cuffia.shared.domain.Text;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import it.cuffia.contact.domain.Channel;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.application.CustomerService;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.application.SecurityAudit;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SecurityEventKind;
import it.cuffia.shared.domain.BadCredentialsException;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.ForbiddenException;
import it.cuffia.shared.domain.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Contacts as they happen: calls announced by the client's PBX (CTI events) or typed in by the
 * agent, answered, ended and wrapped up; the agent's state follows the call.
 */
@Stateless
public class InteractionService {

    private static final Logger LOG = Logger.getLogger(InteractionService.class.getName());

    /** How long a phone rings at most before the PBX gives up or routes the call elsewhere. */
    static final Duration RING_LIMIT = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private it.cuffia.scripts.application.ScriptRuns scripts;

    @Inject
    private CallerContext callers;

    @Inject
    private SecurityAudit audit;

    @Inject
    private CustomerService customers;

    @Inject
    private AgentStateService agentStates;

    @Inject
    private DeskCodes desk;

    @Inject
    private Clock clock;

    /** Tells the called agent's console (after the commit) that the call rang, was answered, ended. */
    @Inject
    private Event<CallChanged> callChanged;

    @Inject
    private Event<CallFinished> finished;

    /** Tells the wallboards (after the commit) that a call of this client entered, left or changed its queue. */
    @Inject
    private Event<CallQueueChanged> queueChanged;

    /** A CTI event from a client's PBX, authenticated by the client's API key. */
    public Interaction ctiEvent(String apiKey, @Valid CtiEvent event) {
        Client client = clientWithKey(apiKey);
        Instant now = clock.instant();
        Optional<Interaction> known = byExternalId(client, event.getCallId());
        queueChanged.fire(new CallQueueChanged(client.getId()));
        switch (event.getEvent()) {
            case QUEUED -> {
                // in the client's queue, no agent yet: the wallboard counts it as waiting from now
                return known.orElseGet(() -> {
                    Interaction call = arrived(client, event, now);
                    em.persist(call);
                    return call;
                });
            }
            case RINGING -> {
                AppUser offeredTo = event.getAgent() == null ? null : agentOfClient(event.getAgent(), client);
                if (known.isPresent()) {
                    Interaction call = known.get();
                    if (call.getAgent() == null && call.isWaiting(now) && offeredTo != null) {
                        // a queued call reaches an agent: the same interaction, its wait goes on
                        requireAvailable(offeredTo);
                        call.offerTo(offeredTo);
                        announce(call, "RINGING");
                    }
                    return call;
                }
                if (offeredTo != null) {
                    requireAvailable(offeredTo);
                }
                Interaction call = arrived(client, event, now);
                if (offeredTo != null) {
                    call.offerTo(offeredTo);
                }
                em.persist(call);
                announce(call, "RINGING");
                return call;
            }
            case ANSWERED -> {
                Interaction call = known.orElseThrow(() -> new NotFoundException("call", event.getCallId()));
                AppUser agent = event.getAgent() != null ? agentOfClient(event.getAgent(), client) : call.getAgent();
                if (agent == null) {
                    throw new DomainException("interaction.agent.required");
                }
                call.answer(agent, now);
                agentStates.changeFor(agent, AgentState.ON_CALL, null);
                announce(call, "ANSWERED");
                return call;
            }
            case ENDED -> {
                Interaction call = known.orElseThrow(() -> new NotFoundException("call", event.getCallId()));
                if (!call.endedByPhoneSystem(now, event.getHoldSeconds())) {
                    return call; // the agent hung up first, or the same end again: their state has moved on already
                }
                if (call.getHoldSeconds() < event.getHoldSeconds()) {
                    LOG.warning(() -> "call " + event.getCallId() + ": the phone system reported " + event.getHoldSeconds()
                            + " s on hold in a conversation of " + call.getHoldSeconds() + " s; kept " + call.getHoldSeconds() + " s");
                }
                // an agent whose session ended during the call stays logged out (not ringable): the wrap-up waits for their login
                if (call.getAnsweredAt() != null && agentStates.stateOf(call.getAgent()) != AgentState.LOGGED_OUT) {
                    agentStates.changeFor(call.getAgent(), AgentState.WRAP_UP, null);
                }
                announce(call, "ENDED");
                return call;
            }
            default -> throw new IllegalStateException("unknown CTI event " + event.getEvent());
        }
    }

    /** A call of the client's phone system, the caller identified when the number is one customer's. */
    private Interaction arrived(Client client, CtiEvent event, Instant now) {
        Interaction call = Interaction.inbound(client, Channel.PHONE, readable(event.getFrom()), event.getCallId(), now);
        call.arrivedVia(readable(event.getTo()), event.getIvrChoice());
        List<Customer> matches = callersOf(client, event.getFrom());
        if (matches.size() == 1) {
            call.identify(matches.get(0));
        }
        return call;
    }

    private void announce(Interaction call, String state) {
        if (call.getAgent() != null) {
            callChanged.fire(new CallChanged(call.getAgent().getUsername(), state, call.getCallerShown(), call.getClient().getName()));
        }
    }

    /** The calling agent's call in progress (ringing at them, on it, or in its wrap-up), newest first. */
    public Optional<Interaction> current() {
        Caller caller = agent();
        return em.createNamedQuery(Interaction.CURRENT_OF_AGENT, Interaction.class)
                .setParameter("me", caller.userId()).getResultStream().findFirst();
    }

    /** The agent answers a call announced by the PBX from the console. */
    public Interaction answer(Long id) {
        Caller caller = agent();
        Interaction call = mine(id, caller);
        AppUser me = em.find(AppUser.class, caller.userId());
        call.answer(me, clock.instant());
        agentStates.changeFor(me, AgentState.ON_CALL, null);
        return call;
    }

    /** A call the agent took on a phone the suite does not hear: typed number, chosen customer. */
    public Interaction startCall(Long customerId, String typedNumber) {
        Caller caller = agent();
        Customer customer = customers.get(customerId);
        AppUser me = em.find(AppUser.class, caller.userId());
        Instant now = clock.instant();
        Interaction call = Interaction.inbound(customer.getClient(), Channel.PHONE, readable(typedNumber), null, now);
        call.identify(customer);
        call.answer(me, now);
        em.persist(call);
        agentStates.changeFor(me, AgentState.ON_CALL, null);
        return call;
    }

    /** The caller turned out to be this customer (screen pop with several matches, or a new customer). */
    public Interaction identify(Long id, Long customerId) {
        Caller caller = agent();
        Interaction call = mine(id, caller);
        call.identify(customers.get(customerId));
        return call;
    }

    public Interaction hangUp(Long id) {
        Caller caller = agent();
        Interaction call = mine(id, caller);
        call.end(clock.instant());
        agentStates.changeFor(call.getAgent(), AgentState.WRAP_UP, null);
        return call;
    }

    /** Wrap-up done: notes and the client's disposition kept, the agent is available again. */
    public Interaction finishWrapUp(Long id, String notes, Long dispositionId) {
        return finishWrapUp(id, notes, dispositionId, null);
    }

    /**
     * Wrap-up done, by the client's rules (disposition and notes where it requires them), with the script the
     * call followed (its version and path kept in the same transaction).
     */
    public Interaction finishWrapUp(Long id, String notes, Long dispositionId, it.cuffia.scripts.domain.ScriptPath script) {
        Caller caller = agent();
        Interaction call = mine(id, caller);
        Disposition chosen = dispositionId == null ? null : em.find(Disposition.class, dispositionId);
        if (dispositionId != null && chosen == null) {
            throw new DomainException("disposition.notOfClient");
        }
        call.finishWrapUp(notes, chosen, desk.policyOf(call.getClient().getId()), clock.instant());
        finished.fire(new CallFinished(call.getId(), call.getWrapUpEndedAt()));
        if (script != null) {
            scripts.record(call, script);
        }
        agentStates.wrapUpFinished(call.getAgent());
        return call;
    }

    /**
     * The notices of the agent's console: today's inbound calls that rang at this agent and ended unanswered, and
     * those of the agent's clients that ended before reaching any agent (abandoned in the phone system's queue),
     * not yet called back or set aside; newest first.
     */
    public List<Interaction> unanswered() {
        Caller caller = agent();
        Instant today = clock.instant().atZone(it.cuffia.shared.domain.Zones.ROME).toLocalDate().atStartOfDay(it.cuffia.shared.domain.Zones.ROME).toInstant();
        return it.cuffia.shared.infrastructure.Tenancy.bind(em.createQuery("select i from Interaction i left join fetch i.customer left join i.agent a "
                        + "where i.ringingAt >= :today and i.answeredAt is null and i.endedAt is not null and i.returnedAt is null "
                        + "and i.direction = :in and i.channel = :phone and (a.id = :me or (a.id is null and "
                        + it.cuffia.shared.infrastructure.Tenancy.jpql(caller.scope(), "i.client.id") + ")) order by i.ringingAt desc",
                        Interaction.class), caller.scope())
                .setParameter("today", today).setParameter("in", it.cuffia.contact.domain.Direction.INBOUND)
                .setParameter("phone", Channel.PHONE).setParameter("me", caller.userId()).setMaxResults(20).getResultList();
    }

    /**
     * Calls back the person of a call nobody answered: the agent is on that call now (placed on their own phone, as
     * {@link #startCall} records one), and the notice is gone for every agent. Refused while the agent has a call.
     */
    public Interaction callBack(Long unansweredId) {
        Caller caller = agent();
        if (current().isPresent()) {
            throw new DomainException("interaction.callBack.busy");
        }
        Interaction missed = unansweredOf(unansweredId, caller);
        AppUser me = em.find(AppUser.class, caller.userId());
        Interaction call = missed.callBack(me, clock.instant());
        em.persist(call);
        agentStates.changeFor(me, AgentState.ON_CALL, null);
        return call;
    }

    /** The agent sets the notice of a call nobody answered aside without calling back (a number that cannot be called). */
    public void setAside(Long unansweredId) {
        Caller caller = agent();
        unansweredOf(unansweredId, caller).setAside(em.find(AppUser.class, caller.userId()), clock.instant());
    }

    /** An unanswered call this agent may deal with: it rang at them, or it reached nobody and is of their clients. */
    private Interaction unansweredOf(Long id, Caller caller) {
        Interaction call = em.find(Interaction.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (call == null || !caller.scope().allows(call.getClient().getId())) {
            throw new NotFoundException("interaction", id);
        }
        if (call.getAgent() != null && !call.getAgent().getId().equals(caller.userId())) {
            throw new ForbiddenException();
        }
        return call;
    }

    /** The client's wrap-up rules for this call (what the wrap-up card requires and how long it may last). */
    public WrapUpPolicy wrapUpPolicyOf(Interaction call) {
        return desk.policyOf(call.getClient().getId());
    }

    /**
     * The wrap-up timer's work for one agent: when their wrap-up of an inbound call has lasted the client's
     * maximum, it ends as it is and the agent is available again, the new period saying why. The agent is
     * locked first and everything read again, so a second timer (another server) or the agent's own click at the
     * same moment finds the wrap-up already over and does nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean timeOutWrapUp(Long agentId) {
        AppUser agent = em.find(AppUser.class, agentId);
        Optional<AgentStatePeriod> open = agentStates.lockedOpenPeriodOf(agent);
        if (open.isEmpty() || open.get().getState() != AgentState.WRAP_UP) {
            return false;
        }
        Optional<Interaction> wrapping = em.createQuery("select i from Interaction i where i.agent = :a and i.lead is null"
                        + " and i.answeredAt is not null and i.endedAt is not null and i.wrapUpEndedAt is null order by i.endedAt desc",
                Interaction.class).setParameter("a", agent).setMaxResults(1).getResultStream().findFirst();
        if (wrapping.isEmpty()) {
            return false; // a wrap-up the agent chose without a call: no client, no limit
        }
        Interaction call = wrapping.get();
        Instant now = clock.instant();
        if (!desk.policyOf(call.getClient().getId()).isOverdue(open.get().getStartedAt(), now)) {
            return false;
        }
        call.wrapUpTimedOut(now);
        finished.fire(new CallFinished(call.getId(), call.getWrapUpEndedAt()));
        agentStates.changeFor(agent, AgentState.AVAILABLE, null).because(AgentStatePeriod.Cause.WRAP_UP_TIMEOUT);
        announce(call, "WRAPPED_UP");
        return true;
    }

    /**
     * An agent who cannot take a ringing call (paused, logged out, on another call, or another call ringing at them)
     * refuses it: 409, the PBX routes it elsewhere, and nothing is kept of a ring nobody saw.
     */
    private void requireAvailable(AppUser agent) {
        AgentState state = agentStates.stateOf(agent);
        if (state != AgentState.AVAILABLE) {
            throw new ConflictException("cti.agent.unavailable", agent.getUsername(), Text.of("agentState." + state));
        }
        if (isRinging(agent)) {
            throw new ConflictException("cti.agent.unavailable", agent.getUsername(), Text.of("cti.agent.ringing"));
        }
    }

    /**
     * A call rings at the agent now: offered, neither answered nor ended, and rung lately. A ring never ends by
     * itself in the data: one older than {@link #RING_LIMIT} is an end the PBX never sent, and blocks nobody.
     */
    private boolean isRinging(AppUser agent) {
        return !em.createNamedQuery(Interaction.RINGING_AT_AGENT_SINCE, Long.class)
                .setParameter("agent", agent).setParameter("since", clock.instant().minus(RING_LIMIT)).getResultList().isEmpty();
    }

    /** Customers of the client whose number this is (the screen pop). */
    public List<Customer> callersOf(Interaction call) {
        return call.getCustomer() != null ? List.of(call.getCustomer()) : callersOf(call.getClient(), call.getRemoteAddress());
    }

    /** A customer's latest contacts, newest first. */
    public List<Interaction> latestOf(Long customerId, int howMany) {
        Customer customer = customers.get(customerId);
        return em.createQuery("select i from Interaction i left join fetch i.agent where i.customer = :c order by i.ringingAt desc",
                Interaction.class).setParameter("c", customer).setMaxResults(howMany).getResultList();
    }

    /** An unknown caller becomes a customer of the call's client, with the calling number, in place. */
    public Interaction createCaller(Long id, it.cuffia.crm.application.CustomerData data) {
        Caller caller = agent();
        Interaction call = mine(id, caller);
        List<String> phones = call.getRemoteAddress() == null ? List.of() : List.of(call.getRemoteAddress());
        call.identify(customers.create(call.getClient().getId(), data, phones));
        return call;
    }

    /** Issues a new CTI key for a client; shown once to the admin. */
    public String issueCtiKey(Long clientId) {
        callers.caller().require(Role.ADMIN);
        Client client = Optional.ofNullable(em.find(Client.class, clientId)).orElseThrow(() -> new NotFoundException("client", clientId));
        String key = client.issueCtiKey();
        audit.changed(SecurityEventKind.CTI_KEY_ISSUED, null, client.getCode());
        return key;
    }

    private List<Customer> callersOf(Client client, String number) {
        String e164;
        try {
            e164 = PhoneNumber.parse(number).e164();
        } catch (DomainException unreadable) {
            return List.of(); // withheld or foreign-format numbers simply match nobody
        }
        return em.createQuery("select distinct p.customer from CustomerPhone p where p.number = :n and p.customer.client = :c",
                Customer.class).setParameter("n", e164).setParameter("c", client).setMaxResults(20).getResultList();
    }

    private static String readable(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        try {
            return PhoneNumber.parse(number).e164();
        } catch (DomainException unreadable) {
            return number.trim(); // kept as the PBX sent it: "anonymous", an extension…
        }
    }

    /**
     * Refuses a call event whose key opens no active client before anything else is read of it: a stranger learns
     * nothing of what a valid event holds (the body's checks answered first, listing the fields).
     */
    public void requireCtiKey(String apiKey) {
        clientWithKey(apiKey);
    }

    private Client clientWithKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new BadCredentialsException();
        }
        return em.createQuery("select c from Client c where c.ctiKeyHash = :h and c.active = true", Client.class)
                .setParameter("h", Client.hashOf(apiKey.trim())).getResultStream().findFirst()
                .orElseThrow(BadCredentialsException::new);
    }

    private Optional<Interaction> byExternalId(Client client, String callId) {
        return em.createQuery("select i from Interaction i where i.client = :c and i.externalId = :id", Interaction.class)
                .setParameter("c", client).setParameter("id", callId).getResultStream().findFirst();
    }

    /** The PBX names an agent by username; only an agent working for this client can take its calls. */
    private AppUser agentOfClient(String username, Client client) {
        return em.createQuery("select a.user from Agent a where a.user.username = :u and "
                        + it.cuffia.identity.domain.Agent.WORKS_FOR_JPQL.formatted("a", ":client") + " and a.user.active = true", AppUser.class)
                .setParameter("u", username).setParameter("client", client).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("agent", username));
    }

    private Interaction mine(Long id, Caller caller) {
        Interaction call = em.find(Interaction.class, id);
        if (call == null || !caller.scope().allows(call.getClient().getId())) {
            throw new NotFoundException("interaction", id);
        }
        if (call.getAgent() != null && !call.getAgent().getId().equals(caller.userId())) {
            throw new ForbiddenException();
        }
        return call;
    }

    private Caller agent() {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        return caller;
    }
}
