package it.cuffia.outbound.application;

import it.cuffia.contact.application.AgentStateService;
import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.CustomerPhone;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.DoNotCallEntry;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.Offer;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.outbound.domain.Sale;
import it.cuffia.outbound.domain.SurveyAnswer;
import it.cuffia.outbound.domain.SurveyQuestion;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.domain.Zones;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The agent's side of outbound work: take the next lead, look at it, dial, and record how the
 * call ended. Every attempt is an interaction; the lead, the CRM and the lists follow the outcome.
 */
@Stateless
public class OutboundService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private jakarta.enterprise.event.Event<it.cuffia.contact.application.CallFinished> finished;

    @Inject
    private DialingQueue queue;

    @Inject
    private AgentStateService agentStates;

    @Inject
    private Clock clock;

    @Inject
    private it.cuffia.appointments.application.AppointmentService appointments;

    @Inject
    private it.cuffia.scripts.application.ScriptRuns scripts;

    /** The lead to call now (the one already held, or the next of the queue). */
    public Optional<Lead> next() {
        return queue.nextLeadFor(agent().userId());
    }

    /** The lead the agent holds, without taking a new one. */
    public Optional<Lead> held() {
        Caller caller = agent();
        queue.keepAlive(caller.userId());
        return queue.heldBy(caller.userId(), clock.instant());
    }

    /**
     * The agent's own personal callbacks due by the end of today (Rome), overdue ones first: the list of the outbound
     * console. Only campaigns of the agent's clients.
     */
    public List<Lead> myCallbacks() {
        Caller caller = agent();
        Instant tomorrow = clock.instant().atZone(it.cuffia.shared.domain.Zones.ROME).toLocalDate().plusDays(1)
                .atStartOfDay(it.cuffia.shared.domain.Zones.ROME).toInstant();
        return it.cuffia.shared.infrastructure.Tenancy.bind(em.createQuery("select l from Lead l join fetch l.customer join fetch l.campaign c "
                        + "where l.status = :callback and l.callbackAgent.id = :me and l.nextAttemptAt < :tomorrow and "
                        + it.cuffia.shared.infrastructure.Tenancy.jpql(caller.scope(), "c.client.id") + " order by l.nextAttemptAt, l.id",
                        Lead.class), caller.scope())
                .setParameter("callback", it.cuffia.outbound.domain.LeadStatus.CALLBACK).setParameter("me", caller.userId())
                .setParameter("tomorrow", tomorrow).setMaxResults(50).getResultList();
    }

    /**
     * One click on the callbacks list: the agent takes their personal callback now (also before its time, as the
     * person may be reached earlier) and dials it. Refused while the agent holds another lead, or when the lead may
     * not be called now (calling hours, do-not-call list, register) or is gone.
     */
    public Lead callBack(Long leadId) {
        Caller caller = agent();
        if (queue.heldBy(caller.userId(), clock.instant()).isPresent()) {
            throw new DomainException("outbound.callback.finishFirst");
        }
        Lead lead = queue.takeCallback(caller.userId(), leadId).orElseThrow(() -> new DomainException("outbound.callback.notNow"));
        dial(lead.getId());
        return lead;
    }

    /** Gives the held lead back untouched (not an attempt): it returns to the queue at once. */
    public void giveBack(Long leadId) {
        heldLead(leadId, agent()).release();
    }

    /** The agent dials the lead: the attempt starts as an outbound interaction. */
    public Interaction dial(Long leadId) {
        Caller caller = agent();
        Lead lead = heldLead(leadId, caller);
        Optional<Interaction> open = openCall(lead);
        if (open.isPresent()) {
            if (open.get().isOpenCallOf(caller.userId())) {
                return open.get(); // the same dial again (a retried request): the call already made
            }
            throw new DomainException("lead.call.open");
        }
        Instant now = clock.instant();
        AppUser me = em.find(AppUser.class, caller.userId());
        Interaction call = Interaction.outbound(lead, me, now);
        em.persist(call);
        lead.extendLease(now.plus(DialingQueue.lease()));
        agentStates.changeFor(me, AgentState.ON_CALL, null);
        return call;
    }

    /** The person answered. */
    public Interaction answered(Long leadId) {
        Caller caller = agent();
        Interaction call = openCall(heldLead(leadId, caller)).orElseThrow(() -> new DomainException("lead.call.none"));
        call.answer(call.getAgent(), clock.instant());
        return call;
    }

    /** The call under way for this lead, if the agent dialled and has not recorded an outcome yet. */
    public Optional<Interaction> openCall(Lead lead) {
        return em.createQuery("select i from Interaction i where i.lead = :l and i.wrapUpEndedAt is null order by i.ringingAt desc",
                Interaction.class).setParameter("l", lead).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Records the outcome of the call just made: ends the call if still up, closes its wrap-up,
     * and moves the lead on (retry, callback, closed). Sales, survey answers, do-not-call and wrong
     * numbers are stored in the same transaction: all or nothing.
     */
    public Lead record(Long leadId, OutcomeReport report) {
        Caller caller = agent();
        Lead lead = visibleLead(leadId, caller);
        if (isRepeated(lead, caller, report.getOutcome())) {
            return lead; // recorded once already: answered with what was recorded
        }
        requireHeld(lead, caller);
        Outcome outcome = report.getOutcome();
        if (outcome == null) {
            throw new DomainException("lead.outcome.required");
        }
        if (report.getScriptPath() != null) {
            scripts.requireOutcome(report.getScriptPath(), outcome.name());
        }
        Interaction call = openCall(lead).orElseThrow(() -> new DomainException("lead.call.none"));
        Instant now = clock.instant();
        if (call.getEndedAt() == null) {
            call.end(now);
        }
        AppUser me = call.getAgent();
        Lead.Callback callback = null;
        switch (outcome) {
            case CALLBACK -> callback = callbackOf(lead, report, me, now);
            case SALE -> recordSale(lead, me, call, report, now);
            case SURVEY_COMPLETED -> recordAnswers(lead, call, report);
            case APPOINTMENT_BOOKED -> book(lead, call, report);
            case DO_NOT_CALL -> em.persist(new DoNotCallEntry(lead.getCampaign().getClient(), lead.getPhone(),
                    "outcome " + outcome.name(), now, caller.username()));
            case WRONG_NUMBER -> lead.getCustomer().getPhones().stream().filter(p -> p.getNumber().equals(lead.getPhone()))
                    .forEach(CustomerPhone::markInvalid);
            default -> { }
        }
        lead.record(outcome, now, callback);
        call.finishWrapUp(report.getNotes(), outcome.name(), now);
        finished.fire(new it.cuffia.contact.application.CallFinished(call.getId(), call.getWrapUpEndedAt()));
        // a script run is a conversation: calls nobody answered leave the script's figures alone
        if (report.getScriptPath() != null && call.getAnsweredAt() != null) {
            scripts.record(call, report.getScriptPath());
        }
        agentStates.changeFor(me, AgentState.AVAILABLE, null);
        em.flush();
        return lead;
    }

    /** A callback must fall in the campaign's period and calling hours, in the lead's time zone. */
    private Lead.Callback callbackOf(Lead lead, OutcomeReport report, AppUser me, Instant now) {
        if (report.getCallbackAt() == null) {
            throw new DomainException("lead.callback.required");
        }
        Lead.Callback callback = new Lead.Callback(report.getCallbackAt().atZone(lead.zone()).toInstant(),
                report.isPersonalCallback() ? me : null);
        lead.checkCallback(callback, now);
        return callback;
    }

    private void recordSale(Lead lead, AppUser me, Interaction call, OutcomeReport report, Instant now) {
        Sale sale = new Sale(lead, me, call, now);
        LocalDate today = now.atZone(Zones.ROME).toLocalDate();
        for (OutcomeReport.SaleItem item : report.getSaleItems()) {
            if (item.getOfferId() == null) {
                continue;
            }
            Offer offer = Optional.ofNullable(em.find(Offer.class, item.getOfferId()))
                    .orElseThrow(() -> new NotFoundException("offer", item.getOfferId()));
            sale.add(offer, item.getQuantity(), item.getAmount() == null ? null : Money.entered(item.getAmount()), item.getKind(), today);
        }
        sale.checkComplete();
        em.persist(sale);
    }

    /** The slot the agent chose, taken in this transaction; the loser of a race gets "slot taken". */
    private void book(Lead lead, Interaction call, OutcomeReport report) {
        it.cuffia.appointments.domain.SlotKey slot = it.cuffia.appointments.domain.SlotKey.parse(report.getAppointmentSlot());
        appointments.book(lead, call, slot.salesUserId(), slot.start(), report.getNotes());
    }

    /** Free slots with the client's sales staff for the lead the agent holds. */
    public List<it.cuffia.appointments.application.SlotOption> slotsFor(Long leadId) {
        return appointments.slotsFor(heldLead(leadId, agent()));
    }

    private void recordAnswers(Lead lead, Interaction call, OutcomeReport report) {
        for (SurveyQuestion question : questionsOf(lead)) {
            String answer = question.normalise(report.getAnswers().get(question.getId()));
            if (answer != null) {
                em.persist(new SurveyAnswer(call, question, answer));
            }
        }
    }

    public List<SurveyQuestion> questionsOf(Lead lead) {
        return em.createQuery("select q from SurveyQuestion q where q.campaign = :c order by q.position, q.id", SurveyQuestion.class)
                .setParameter("c", lead.getCampaign()).getResultList();
    }

    /** The lead's earlier attempts in this campaign, newest first. */
    public List<Interaction> attemptsOf(Lead lead) {
        return em.createQuery("select i from Interaction i left join fetch i.agent where i.lead = :l order by i.ringingAt desc",
                Interaction.class).setParameter("l", lead).setMaxResults(20).getResultList();
    }

    private Lead heldLead(Long leadId, Caller caller) {
        Lead lead = visibleLead(leadId, caller);
        requireHeld(lead, caller);
        return lead;
    }

    private Lead visibleLead(Long leadId, Caller caller) {
        Lead lead = em.find(Lead.class, leadId);
        if (lead == null || !caller.scope().allows(lead.getCampaign().getClient().getId())) {
            throw new NotFoundException("lead", leadId);
        }
        return lead;
    }

    private void requireHeld(Lead lead, Caller caller) {
        if (!lead.isHeldBy(caller.userId(), clock.instant())) {
            throw new DomainException("lead.notHeld");
        }
    }

    /** The outcome this agent recorded for the lead's last attempt a moment ago, sent again. */
    private boolean isRepeated(Lead lead, Caller caller, Outcome outcome) {
        Instant now = clock.instant();
        if (outcome == null || outcome != lead.getLastOutcome() || lead.isHeldBy(caller.userId(), now)) {
            return false;
        }
        return em.createQuery("select i from Interaction i where i.lead = :l order by i.ringingAt desc", Interaction.class)
                .setParameter("l", lead).setMaxResults(1).getResultStream().findFirst()
                .filter(last -> last.isJustClosedBy(caller.userId(), outcome.name(), now)).isPresent();
    }

    private Caller agent() {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        return caller;
    }
}
