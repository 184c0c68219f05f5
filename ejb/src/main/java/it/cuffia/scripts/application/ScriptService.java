package it.cuffia.scripts.application;

import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.SurveyQuestion;
import it.cuffia.scripts.domain.Script;
import it.cuffia.scripts.domain.ScriptProblem;
import it.cuffia.scripts.domain.ScriptStep;
import it.cuffia.scripts.domain.ScriptVersion;
import it.cuffia.scripts.domain.StepKind;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.Tenancy;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The script designer's transactions: scripts per campaign or ticket category, their drafts'
 * steps, publishing (validated) and pinning. Admins write; supervisors read.
 */
@Stateless
public class ScriptService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    public Page<Script> page(PageRequest request) {
        Caller caller = staff();
        return PagedQuery.of(em, Script.class)
                .searchable("name", "name")
                .searchable("clientName", "client.name")
                .field("ticketCategory", "ticketCategory")
                .where(Tenancy.within(caller.scope(), "client"))
                .orderBy("name")
                .run(request);
    }

    public Script get(Long id) {
        Caller caller = callers.caller();
        Script script = id == null ? null : em.find(Script.class, id);
        if (script == null || !caller.scope().allows(script.getClient().getId())) {
            throw new NotFoundException("script", id);
        }
        return script;
    }

    public Script createForCampaign(Long campaignId, String name) {
        Caller caller = admin();
        Campaign campaign = em.find(Campaign.class, campaignId == null ? -1L : campaignId);
        if (campaign == null) {
            throw new DomainException("script.campaignRequired");
        }
        if (!em.createQuery("select s.id from Script s where s.campaign = :c", Long.class).setParameter("c", campaign).getResultList().isEmpty()) {
            throw new DomainException("script.campaign.exists", campaign.getName());
        }
        Script script = Script.forCampaign(campaign, name, caller.username(), clock.instant());
        em.persist(script);
        return script;
    }

    public Script createForCategory(Long clientId, TicketCategory category, String name) {
        Caller caller = admin();
        Client client = em.find(Client.class, clientId == null ? -1L : clientId);
        if (client == null) {
            throw new DomainException("script.clientRequired");
        }
        if (category != null && !em.createQuery("select s.id from Script s where s.client = :c and s.ticketCategory = :t", Long.class)
                .setParameter("c", client).setParameter("t", category).getResultList().isEmpty()) {
            throw new DomainException("script.category.exists", client.getName());
        }
        Script script = Script.forCategory(client, category, name, caller.username(), clock.instant());
        em.persist(script);
        return script;
    }

    public Script rename(Long id, long version, String name) {
        admin();
        Script script = current(id, version);
        script.rename(name);
        return flushed(script);
    }

    public Script addStep(Long id, ScriptStep.StepData data) {
        admin();
        Script script = get(id);
        ensureAskable(script, data);
        draft(script).addStep(data);
        return flushed(script);
    }

    public Script changeStep(Long id, String key, ScriptStep.StepData data) {
        admin();
        Script script = get(id);
        ensureAskable(script, data);
        draft(script).changeStep(key, data);
        return flushed(script);
    }

    /** Changes a step of the version with this number: refused with the version's own message when it is published. */
    public Script changeStep(Long id, int number, String key, ScriptStep.StepData data) {
        admin();
        Script script = get(id);
        ensureAskable(script, data);
        script.version(number).changeStep(key, data);
        return flushed(script);
    }

    public Script removeStep(Long id, String key) {
        admin();
        Script script = get(id);
        draft(script).removeStep(key);
        return flushed(script);
    }

    public Script moveStep(Long id, String key, int delta) {
        admin();
        Script script = get(id);
        draft(script).moveStep(key, delta);
        return flushed(script);
    }

    /** What keeps the draft from being published; empty when it can be. */
    public List<ScriptProblem> problems(Long id) {
        staff();
        Script script = get(id);
        return script.draft().map(d -> d.problems(surveyQuestionIds(script))).orElse(List.of());
    }

    public Script newDraft(Long id) {
        Caller caller = admin();
        Script script = get(id);
        script.newDraft(caller.username(), clock.instant());
        return flushed(script);
    }

    public Script publish(Long id) {
        Caller caller = admin();
        Script script = get(id);
        script.publish(surveyQuestionIds(script), caller.username(), clock.instant());
        return flushed(script);
    }

    /** The version agents follow from now on (an earlier one too: a roll-back). */
    public Script pin(Long id, int number) {
        admin();
        Script script = get(id);
        script.pin(number);
        return flushed(script);
    }

    /** The survey questions a SURVEY step of this script may ask (its campaign's). */
    public List<SurveyQuestion> surveyQuestions(Script script) {
        if (script.getCampaign() == null) {
            return List.of();
        }
        return em.createQuery("select q from SurveyQuestion q where q.campaign = :c order by q.position, q.id", SurveyQuestion.class)
                .setParameter("c", script.getCampaign()).getResultList();
    }

    /**
     * A survey step names a question of its campaign's survey or none yet (a draft's problem until it does): an id
     * that is no question of the campaign is refused, not stored (the database would refuse an unknown one with a 500).
     */
    private void ensureAskable(Script script, ScriptStep.StepData data) {
        Long question = data.surveyQuestionId();
        if (data.kind() == StepKind.SURVEY && question != null && !surveyQuestionIds(script).contains(question)) {
            throw new DomainException("script.problem.surveyQuestion", data.title());
        }
    }

    private Set<Long> surveyQuestionIds(Script script) {
        Set<Long> ids = new HashSet<>();
        surveyQuestions(script).forEach(q -> ids.add(q.getId()));
        return ids;
    }

    /** Campaigns of the caller's clients that have no script yet (for "new script"). */
    public List<Campaign> campaignsWithoutScript() {
        Caller caller = admin();
        return Tenancy.bind(em.createQuery("select c from Campaign c where not exists (select s from Script s where s.campaign = c) and "
                + Tenancy.jpql(caller.scope(), "c.client.id") + " order by c.name", Campaign.class), caller.scope()).getResultList();
    }

    private Script current(Long id, long version) {
        Script script = get(id);
        if (script.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return script;
    }

    private static ScriptVersion draft(Script script) {
        return script.draft().orElseThrow(() -> new DomainException("script.draft.none"));
    }

    private Script flushed(Script script) {
        em.flush();
        return script;
    }

    private Caller admin() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN);
        return caller;
    }

    private Caller staff() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return caller;
    }
}
