package it.cuffia.quality.application;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.quality.domain.Evaluation;
import it.cuffia.quality.domain.QualityForm;
import it.cuffia.scripts.domain.ScriptRun;
import it.cuffia.scripts.domain.ScriptStep;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.ForbiddenException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.Tenancy;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quality evaluations: supervisors and admins evaluate the interactions of the clients in their scope; the agent
 * reads their own, acknowledges or disputes; a supervisor answers the dispute. Outside the caller's scope an
 * evaluation or an interaction does not exist (404), like a ticket of another client.
 */
@Stateless
public class Evaluations {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private QualityForms forms;

    @Inject
    private Clock clock;

    /** The interaction to evaluate (or evaluated) with what the evaluator reads beside the form. */
    public EvaluationContext context(Long interactionId) {
        staff();
        Interaction interaction = interaction(interactionId);
        Evaluation evaluation = em.createNamedQuery("Evaluation.ofInteraction", Evaluation.class)
                .setParameter("i", interaction.getId()).getResultStream().findFirst().orElse(null);
        return context(interaction, evaluation);
    }

    /** An evaluation with its interaction's context, for its agent or for staff of its client. */
    public EvaluationContext contextOf(Long evaluationId) {
        Evaluation evaluation = get(evaluationId);
        return context(evaluation.getInteraction(), evaluation);
    }

    private EvaluationContext context(Interaction interaction, Evaluation evaluation) {
        Optional<ScriptRun> run = em.createQuery("select r from ScriptRun r where r.interaction = :i", ScriptRun.class)
                .setParameter("i", interaction).getResultStream().findFirst();
        List<EvaluationContext.PathLine> path = new ArrayList<>();
        run.ifPresent(r -> r.getPath().forEach(step -> path.add(new EvaluationContext.PathLine(
                r.getScriptVersion().getSteps().stream().filter(s -> s.getKey().equals(step.getStepKey()))
                        .map(ScriptStep::getTitle).findFirst().orElse(step.getStepKey()), step.getAnswer()))));
        TicketCategory category = em.createQuery("select t.category from Ticket t where t.openedIn = :i order by t.id", TicketCategory.class)
                .setParameter("i", interaction).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new EvaluationContext(interaction, run.map(r -> r.getScriptVersion().getScript().getName()).orElse(null),
                run.map(r -> r.getScriptVersion().getNumber()).orElse(null), path, category, evaluation);
    }

    /** The forms an evaluator may use for this interaction, best fitting first. */
    public List<QualityForm> formsFor(EvaluationContext context) {
        return forms.formsFor(context.interaction(), context.ticketCategory());
    }

    /**
     * Scores the interaction against the latest version of the form; one evaluation per interaction.
     *
     * @param values each item's value by position (null = not applicable)
     */
    public Evaluation evaluate(Long interactionId, Long formId, Map<Integer, Integer> values, String comment) {
        Caller caller = staff();
        Interaction interaction = interaction(interactionId);
        if (interaction.getAgent() != null && interaction.getAgent().getId().equals(caller.userId())) {
            throw new DomainException("quality.evaluation.own");
        }
        if (formId == null) {
            throw new DomainException("quality.evaluation.formRequired");
        }
        QualityForm form = forms.get(formId);
        if (!form.isActive()) {
            throw new DomainException("quality.evaluation.formInactive", form.getName());
        }
        em.lock(interaction, LockModeType.PESSIMISTIC_WRITE); // two supervisors at once: one evaluation
        if (em.createNamedQuery("Evaluation.ofInteraction", Evaluation.class).setParameter("i", interaction.getId())
                .getResultStream().findFirst().isPresent()) {
            throw new it.cuffia.shared.domain.ConflictException("quality.evaluation.exists");
        }
        Evaluation evaluation = new Evaluation(interaction, form.latest(), values, comment, caller.username(), clock.instant());
        em.persist(evaluation);
        em.flush();
        return evaluation;
    }

    /**
     * One evaluation: its agent reads their own; staff those of their teams' agents (an evaluation is about a person,
     * as a statement is: a supervisor saw and answered another team's disputes) for the clients in scope; nobody else
     * finds it.
     */
    public Evaluation get(Long id) {
        Caller caller = callers.caller();
        Evaluation evaluation = id == null ? null : em.find(Evaluation.class, id);
        if (evaluation == null || !readable(caller, evaluation)) {
            throw new NotFoundException("evaluation", id);
        }
        return evaluation;
    }

    private boolean readable(Caller caller, Evaluation evaluation) {
        if (evaluation.getAgent().getId().equals(caller.userId())) {
            return true;
        }
        return (caller.is(Role.ADMIN) || caller.is(Role.SUPERVISOR)) && caller.scope().allows(evaluation.getClient().getId())
                && caller.teams().allows(Tenancy.teamOf(em, evaluation.getAgent()));
    }

    /** The evaluations of the teams' agents and the clients in scope, newest first; filters: status, agent name, client name ("q"). */
    public Page<Evaluation> page(PageRequest request) {
        Caller caller = staff();
        return PagedQuery.of(em, Evaluation.class)
                .searchable("agent", "agent.lastName")
                .searchable("client", "client.name")
                .field("status", "status")
                .field("evaluatedAt", "evaluatedAt")
                .field("score", "score")
                .where(Tenancy.within(caller.scope(), "client"))
                .where(Tenancy.ofTeams(caller.teams(), "agent"))
                .orderBy("evaluatedAt")
                .run(request);
    }

    /** The caller's own evaluations (the agent's page). */
    public Page<Evaluation> mine(PageRequest request) {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        return PagedQuery.of(em, Evaluation.class)
                .field("status", "status")
                .field("evaluatedAt", "evaluatedAt")
                .field("score", "score")
                .where((cb, root) -> cb.equal(root.get("agent").get("id"), caller.userId()))
                .orderBy("evaluatedAt")
                .run(request);
    }

    /** Open disputes in scope: what the supervisor has to answer. */
    public long openDisputes() {
        Caller caller = staff();
        return Tenancy.bindTeams(Tenancy.bind(em.createQuery("select count(e) from Evaluation e where e.status = it.cuffia.quality.domain.EvaluationStatus.DISPUTED and "
                + Tenancy.jpql(caller.scope(), "e.client.id") + " and " + Tenancy.teamsJpql(caller.teams(), "e.agent.id"), Long.class),
                caller.scope()), caller.teams()).getSingleResult();
    }

    public Evaluation acknowledge(Long id) {
        Evaluation evaluation = own(id);
        evaluation.acknowledge(clock.instant());
        return evaluation;
    }

    public Evaluation dispute(Long id, String comment) {
        Evaluation evaluation = own(id);
        evaluation.dispute(comment, clock.instant());
        return evaluation;
    }

    /** Accepts the dispute: the score becomes {@code score}, kept in the history with the reason. */
    public Evaluation accept(Long id, BigDecimal score, String reason) {
        Caller caller = staff();
        Evaluation evaluation = answering(id, caller);
        evaluation.accept(score, reason, caller.username(), clock.instant());
        return evaluation;
    }

    public Evaluation reject(Long id, String reason) {
        Caller caller = staff();
        Evaluation evaluation = answering(id, caller);
        evaluation.reject(reason, caller.username(), clock.instant());
        return evaluation;
    }

    /** Locked, so two supervisors answering at once give one answer; nobody answers a dispute of their own. */
    private Evaluation answering(Long id, Caller caller) {
        Evaluation evaluation = get(id);
        em.lock(evaluation, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(evaluation);
        if (evaluation.getAgent().getId().equals(caller.userId())) {
            throw new ForbiddenException();
        }
        return evaluation;
    }

    private Evaluation own(Long id) {
        Caller caller = callers.caller();
        Evaluation evaluation = get(id);
        if (!evaluation.getAgent().getId().equals(caller.userId())) {
            throw new ForbiddenException(); // a supervisor reads it, only its agent acknowledges or disputes it
        }
        em.lock(evaluation, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(evaluation);
        return evaluation;
    }

    private Interaction interaction(Long id) {
        Caller caller = callers.caller();
        Interaction interaction = id == null ? null : em.find(Interaction.class, id);
        if (interaction == null || !caller.scope().allows(interaction.getClient().getId())
                || interaction.getAgent() != null && !interaction.getAgent().getId().equals(caller.userId())
                && !caller.teams().allows(Tenancy.teamOf(em, interaction.getAgent()))) {
            throw new NotFoundException("interaction", id);
        }
        return interaction;
    }

    private Caller staff() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return caller;
    }
}
