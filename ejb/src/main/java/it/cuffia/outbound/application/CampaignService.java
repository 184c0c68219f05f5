package it.cuffia.outbound.application;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.Team;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignStatus;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.LeadRpoState;
import it.cuffia.outbound.domain.LeadStatus;
import it.cuffia.outbound.infrastructure.RegisterChecks;
import it.cuffia.outbound.domain.Offer;
import it.cuffia.outbound.domain.QuestionKind;
import it.cuffia.outbound.domain.SurveyQuestion;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.ForbiddenException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.domain.Zones;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Campaigns, their offers and questionnaires: admins set them up; supervisors start and stop them. */
@Stateless
public class CampaignService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Inject
    private RegisterChecks registerChecks;

    public Page<Campaign> page(PageRequest request) {
        Caller caller = staff();
        return PagedQuery.of(em, Campaign.class)
                .searchable("name", "name")
                .searchable("clientName", "client.name")
                .field("type", "type")
                .field("status", "status")
                .field("startsOn", "startsOn")
                .field("endsOn", "endsOn")
                .where(Tenancy.within(caller.scope(), "client"))
                .orderBy("name")
                .run(request);
    }

    public Campaign get(Long id) {
        Caller caller = callers.caller();
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null || !caller.scope().allows(campaign.getClient().getId())) {
            throw new NotFoundException("campaign", id);
        }
        return campaign;
    }

    /** Campaigns of the caller's scope that are running or paused (for monitors and filters). */
    public List<Campaign> running() {
        Caller caller = callers.caller();
        return Tenancy.bind(em.createQuery("select c from Campaign c where c.status in :s and "
                        + Tenancy.jpql(caller.scope(), "c.client.id") + " order by c.name", Campaign.class), caller.scope())
                .setParameter("s", List.of(CampaignStatus.ACTIVE, CampaignStatus.PAUSED))
                .getResultList();
    }

    /** Every campaign of a client in the caller's scope, newest first (plan and target editors). */
    public List<Campaign> ofClient(Long clientId) {
        Caller caller = callers.caller();
        caller.requireClient(clientId);
        return em.createQuery("select c from Campaign c where c.client.id = :c order by c.id desc", Campaign.class)
                .setParameter("c", clientId).getResultList();
    }

    /** Every campaign in the caller's scope by name (report filters and target editor). */
    public List<Campaign> all() {
        Caller caller = callers.caller();
        return Tenancy.bind(em.createQuery("select c from Campaign c where " + Tenancy.jpql(caller.scope(), "c.client.id")
                        + " order by c.name", Campaign.class), caller.scope())
                .getResultList();
    }

    public Campaign create(@Valid CampaignData data) {
        callers.caller().require(Role.ADMIN);
        Campaign campaign = Campaign.draft();
        campaign.setClient(client(data.getClientId()));
        apply(campaign, data);
        em.persist(campaign);
        return campaign;
    }

    public Campaign update(Long id, long version, @Valid CampaignData data) {
        callers.caller().require(Role.ADMIN);
        Campaign campaign = get(id);
        if (campaign.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        if (!campaign.isEditable()) {
            throw new DomainException("campaign.closed");
        }
        campaign.setClient(client(data.getClientId()));
        apply(campaign, data);
        em.flush();
        return campaign;
    }

    private void apply(Campaign campaign, CampaignData data) {
        data.applyTo(campaign, LocalDate.now(clock), registerChecks);
        Client client = campaign.getClient();
        List<AppUser> agents = byIds(AppUser.class, "agent", data.getAgentIds());
        for (AppUser user : agents) {
            boolean worksForClient = !em.createQuery("select a.id from Agent a join a.clients c where a.user = :u and c = :client", Long.class)
                    .setParameter("u", user).setParameter("client", client).getResultList().isEmpty();
            if (!worksForClient) {
                throw new DomainException("campaign.agent.client", user.getUsername(), client.getName());
            }
        }
        campaign.assign(agents, byIds(Team.class, "team", data.getTeamIds()));
        campaign.offer(byIds(Offer.class, "offer", data.getOfferIds()));
    }

    /**
     * DRAFT → ACTIVE ↔ PAUSED → CLOSED; activation checks caller ID, hours, period and the RPO. Supervisors
     * pause and resume the campaigns of their clients ({@link CampaignStatus#pausesOrResumesTo}), as the
     * campaign monitor lets them; the other moves are the admin's.
     */
    public Campaign changeStatus(Long id, long version, CampaignStatus target) {
        Caller caller = staff();
        Campaign campaign = get(id);
        if (!caller.is(Role.ADMIN) && !campaign.getStatus().pausesOrResumesTo(target)) {
            throw new ForbiddenException();
        }
        if (campaign.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        campaign.moveTo(target, LocalDate.now(clock), registerChecks);
        if (target == CampaignStatus.CLOSED) {
            em.createQuery("update Lead l set l.heldBy = null, l.leaseUntil = null where l.campaign = :c")
                    .setParameter("c", campaign).executeUpdate();
        }
        em.flush();
        return campaign;
    }

    /** Every lead of the campaign that activation would find unchecked against the RPO (the download of the refusal). */
    public List<Lead> uncheckedLeads(Long campaignId) {
        staff();
        return registerChecks.all(get(campaignId));
    }

    /** How many leads of the campaign lack a valid RPO check now (the campaign page's warning). */
    public long uncheckedLeadCount(Long campaignId) {
        staff();
        return registerChecks.count(get(campaignId));
    }

    /**
     * Workable leads whose customer has not given the consent the campaign requires: the queue will
     * set them aside (NO_CONSENT) at their first take, so the admin is warned beforehand. 0 when the
     * campaign requires no consent.
     */
    public long leadsWithoutConsent(Long campaignId) {
        staff();
        Campaign campaign = get(campaignId);
        if (campaign.getConsentPurpose() == null) {
            return 0;
        }
        Object count = em.createNativeQuery("select count(*) from lead l where l.campaign_id = ?1 "
                        + "and l.status in (" + LeadStatus.WORKABLE_SQL + ") and not " + Customer.HAS_CONSENT_SQL.formatted("l.customer_id", "?2"))
                .setParameter(1, campaign.getId())
                .setParameter(2, campaign.getConsentPurpose().name())
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /** The register's state of each lead of a page (one query for the page), by lead id. */
    public java.util.Map<Long, LeadRpoState> rpoStates(Collection<Lead> leads) {
        staff();
        return registerChecks.states(leads);
    }

    public Page<Lead> leads(Long campaignId, PageRequest request) {
        staff();
        Campaign campaign = get(campaignId);
        return PagedQuery.of(em, Lead.class)
                .searchable("phone", "phone")
                .searchable("lastName", "customer.lastName")
                .field("status", "status")
                .field("lastOutcome", "lastOutcome")
                .field("attempts", "attempts")
                .field("priority", "priority")
                .field("nextAttemptAt", "nextAttemptAt")
                .where((cb, root) -> cb.equal(root.get("campaign"), campaign))
                .batchFetch("customer")
                .orderBy("id")
                .run(request);
    }

    /** Active agents working for the client, who may be assigned to its campaigns. */
    public List<AppUser> assignableAgents(Long clientId) {
        staff().requireClient(clientId);
        return em.createQuery("select a.user from Agent a join a.clients c where c.id = :c and a.user.active = true "
                + "order by a.user.lastName, a.user.firstName", AppUser.class).setParameter("c", clientId).getResultList();
    }

    /** The campaign's sales, newest first; those to contacts without consent are flagged in the list. */
    public Page<it.cuffia.outbound.domain.Sale> sales(Long campaignId, PageRequest request) {
        staff();
        Campaign campaign = get(campaignId);
        return PagedQuery.of(em, it.cuffia.outbound.domain.Sale.class)
                .field("soldAt", "soldAt")
                .field("consentOk", "consentOk")
                .searchable("lastName", "customer.lastName")
                .where((cb, root) -> cb.equal(root.get("campaign"), campaign))
                .batchFetch("customer")
                .batchFetch("agent")
                .batchFetch("lines")
                .orderBy("soldAt")
                .run(request.sortedByDefault("soldAt", false));
    }

    // --- offers -------------------------------------------------------------------------------

    public List<Offer> offersOf(Long clientId) {
        staff().requireClient(clientId);
        return em.createQuery("select o from Offer o where o.client.id = :c order by o.name", Offer.class)
                .setParameter("c", clientId).getResultList();
    }

    public Offer saveOffer(Long clientId, @Valid Offer edited) {
        callers.caller().require(Role.ADMIN);
        edited.setClient(client(clientId));
        edited.checkPeriod();
        if (edited.getId() == null) {
            em.persist(edited);
            return edited;
        }
        Offer stored = em.find(Offer.class, edited.getId());
        if (stored == null || !stored.getClient().getId().equals(clientId)) {
            throw new NotFoundException("offer", edited.getId());
        }
        return em.merge(edited);
    }

    // --- questionnaire ------------------------------------------------------------------------

    public List<SurveyQuestion> questions(Long campaignId) {
        return em.createQuery("select q from SurveyQuestion q where q.campaign = :c order by q.position, q.id", SurveyQuestion.class)
                .setParameter("c", get(campaignId)).getResultList();
    }

    public SurveyQuestion addQuestion(Long campaignId, String text, QuestionKind kind, String options, boolean required) {
        callers.caller().require(Role.ADMIN);
        Campaign campaign = get(campaignId);
        if (!campaign.getType().hasQuestionnaire()) {
            throw new DomainException("survey.notSurvey");
        }
        if (text == null || text.isBlank()) {
            throw new DomainException("survey.question.text");
        }
        int position = questions(campaignId).size() + 1;
        SurveyQuestion question = new SurveyQuestion(campaign, position, text, kind, options, required);
        em.persist(question);
        return question;
    }

    /** A question with answers is kept (its answers would lose their meaning); others can go. */
    public void removeQuestion(Long questionId) {
        callers.caller().require(Role.ADMIN);
        SurveyQuestion question = em.find(SurveyQuestion.class, questionId);
        if (question == null) {
            throw new NotFoundException("question", questionId);
        }
        get(question.getCampaign().getId());
        long answers = em.createQuery("select count(a) from SurveyAnswer a where a.question = :q", Long.class)
                .setParameter("q", question).getSingleResult();
        if (answers > 0) {
            throw new DomainException("survey.question.answered", answers);
        }
        em.remove(question);
    }

    private Client client(Long clientId) {
        callers.caller().requireClient(clientId);
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        return client;
    }

    /** The rows with these ids; an id of nothing is refused by name (it was left out, and the campaign saved without it). */
    private <T extends it.cuffia.shared.domain.AbstractEntity> List<T> byIds(Class<T> type, String what, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<T> found = em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids).getResultList();
        java.util.Set<Long> foundIds = new java.util.HashSet<>(found.stream().map(T::getId).toList());
        ids.stream().filter(id -> !foundIds.contains(id)).findFirst().ifPresent(missing -> {
            throw new NotFoundException(what, missing);
        });
        return found;
    }

    private Caller staff() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return caller;
    }
}
