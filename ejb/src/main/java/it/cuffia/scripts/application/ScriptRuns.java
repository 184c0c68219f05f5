package it.cuffia.scripts.application;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.Offer;
import it.cuffia.scripts.domain.Placeholders;
import it.cuffia.shared.domain.Zones;
import it.cuffia.scripts.domain.Script;
import it.cuffia.scripts.domain.ScriptNote;
import it.cuffia.scripts.domain.ScriptPath;
import it.cuffia.scripts.domain.ScriptRun;
import it.cuffia.scripts.domain.ScriptStep;
import it.cuffia.scripts.domain.ScriptVersion;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scripts in calls: the version an agent follows, the agent's private notes, the run recorded with
 * the call's outcome, and each version's figures.
 */
@Stateless
public class ScriptRuns {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Inject
    private ScriptService scripts;

    /** The pinned version of the campaign's script (steps loaded), if it has a published one. */
    public Optional<ScriptVersion> forCampaign(Campaign campaign) {
        return em.createQuery("select s.pinnedVersion from Script s where s.campaign = :c and s.pinnedVersion is not null", ScriptVersion.class)
                .setParameter("c", campaign).getResultStream().findFirst().map(ScriptRuns::loaded);
    }

    /** Callers read the steps after the transaction: they are read now. */
    private static ScriptVersion loaded(ScriptVersion version) {
        version.getSteps().forEach(step -> step.getAnswers().size());
        return version;
    }

    /** The pinned version of the client's script for a ticket category, if any. */
    public Optional<ScriptVersion> forCategory(Client client, TicketCategory category) {
        return em.createQuery("select s.pinnedVersion from Script s where s.client = :c and s.ticketCategory = :t and s.pinnedVersion is not null",
                ScriptVersion.class).setParameter("c", client).setParameter("t", category).getResultStream().findFirst().map(ScriptRuns::loaded);
    }

    /**
     * The script of a lead's campaign, ready for the call: its pinned version (steps loaded), the
     * values of the placeholders in the agent's language, and the agent's own notes.
     */
    public Optional<ScriptForCall> forLead(Lead lead, Locale locale) {
        Caller caller = callers.caller();
        return forCampaign(lead.getCampaign()).map(version -> {
            LocalDate today = clock.instant().atZone(Zones.ROME).toLocalDate();
            Offer offer = lead.getCampaign().getOffers().stream().filter(o -> o.isActive() && o.isValidOn(today))
                    .min(Comparator.comparing(Offer::getName)).orElse(null);
            Map<String, String> values = Placeholders.valuesOf(lead.getCustomer(), lead.getPhoneDisplay(),
                    em.find(AppUser.class, caller.userId()), lead.getCampaign().getClient(), lead.getCampaign(), offer, locale,
                    clock.instant().atZone(Zones.ROME));
            return new ScriptForCall(version, values, myNotes(version.getScript().getId()));
        });
    }

    /** The client's script for a ticket category, ready for an inbound call (customer, agent, client filled in). */
    public Optional<ScriptForCall> forInbound(Interaction call, TicketCategory category, Locale locale) {
        Caller caller = callers.caller();
        if (!caller.scope().allows(call.getClient().getId())) {
            throw new NotFoundException("interaction", call.getId());
        }
        return forCategory(call.getClient(), category).map(version -> new ScriptForCall(version,
                Placeholders.valuesOf(call.getCustomer(), call.getRemoteAddress(), em.find(AppUser.class, caller.userId()),
                        call.getClient(), null, null, locale, clock.instant().atZone(Zones.ROME)),
                myNotes(version.getScript().getId())));
    }

    /** The calling agent's notes on a script, by step key. */
    public Map<String, ScriptNote> myNotes(Long scriptId) {
        Caller caller = callers.caller();
        Map<String, ScriptNote> notes = new HashMap<>();
        em.createQuery("select n from ScriptNote n where n.script.id = :s and n.agent.id = :a", ScriptNote.class)
                .setParameter("s", scriptId).setParameter("a", caller.userId()).getResultStream()
                .forEach(n -> notes.put(n.getStepKey(), n));
        return notes;
    }

    /** Saves (or, when both are blank, removes) the calling agent's note on a step. */
    public void saveMyNote(Long scriptId, String stepKey, String note, String phrasing) {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        Script script = scripts.get(scriptId);
        ScriptNote mine = myNotes(scriptId).get(stepKey);
        if (mine == null) {
            boolean stepExists = script.getVersions().stream().flatMap(v -> v.getSteps().stream()).anyMatch(s -> s.getKey().equals(stepKey));
            if (!stepExists) {
                throw new DomainException("script.step.unknown", stepKey);
            }
            mine = new ScriptNote(em.find(AppUser.class, caller.userId()), script, stepKey);
        }
        mine.write(note, phrasing);
        if (mine.isEmpty()) {
            if (!mine.isNew()) {
                em.remove(mine);
            }
        } else if (mine.isNew()) {
            em.persist(mine);
        }
        em.flush();
    }

    /**
     * Keeps the version and path of a call, in the transaction that records its outcome. The
     * version must be a published one of the call's campaign script (for an inbound call, of one
     * of its client's ticket category scripts); an earlier version than the pinned one is fine,
     * for a call begun before an admin pinned another.
     */
    public ScriptRun record(Interaction call, ScriptPath path) {
        ScriptVersion version = em.find(ScriptVersion.class, path.versionId() == null ? -1L : path.versionId());
        if (version == null || !version.getScript().getClient().equals(call.getClient())
                || !Objects.equals(call.getCampaign(), version.getScript().getCampaign())) {
            throw new DomainException("script.run.version");
        }
        ScriptRun run = ScriptRun.of(call, version, path.steps(), clock.instant());
        em.persist(run);
        return run;
    }

    /**
     * Refuses an outcome that disagrees with the end step the call's script reached (see
     * {@link ScriptRun#requireOutcome}); checked before anything of the outcome is stored.
     */
    public void requireOutcome(ScriptPath path, String outcome) {
        ScriptVersion version = em.find(ScriptVersion.class, path.versionId() == null ? -1L : path.versionId());
        if (version == null) {
            throw new DomainException("script.run.version");
        }
        ScriptRun.requireOutcome(version, path.steps(), outcome);
    }

    public Optional<ScriptRun> runOf(Interaction call) {
        return em.createQuery("select r from ScriptRun r where r.interaction = :i", ScriptRun.class).setParameter("i", call)
                .getResultStream().findFirst();
    }

    /** A version's figures, from the runs recorded with it (five grouped queries, whatever the number of calls). */
    public VersionStats stats(Long scriptId, int number) {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        ScriptVersion version = scripts.get(scriptId).version(number);
        // booleans as parameters: H2 and PostgreSQL disagree on boolean literals in SQL
        Object[] totals = em.createQuery("select count(r), avg(r.durationSeconds) from ScriptRun r where r.scriptVersion = :v", Object[].class)
                .setParameter("v", version).getSingleResult();
        long runs = ((Number) totals[0]).longValue();
        long completed = em.createQuery("select count(r) from ScriptRun r where r.scriptVersion = :v and r.completed = :yes", Long.class)
                .setParameter("v", version).setParameter("yes", true).getSingleResult();
        BigDecimal average = totals[1] == null ? null : BigDecimal.valueOf(((Number) totals[1]).doubleValue()).setScale(0, RoundingMode.HALF_EVEN);
        Map<String, Long> outcomes = new LinkedHashMap<>();
        em.createQuery("select i.outcome, count(r) from ScriptRun r join r.interaction i where r.scriptVersion = :v"
                        + " group by i.outcome order by count(r) desc", Object[].class).setParameter("v", version).getResultList()
                .forEach(row -> outcomes.put(row[0] == null ? "" : (String) row[0], ((Number) row[1]).longValue()));
        Map<String, Long> reached = counts("select p.stepKey, count(distinct r.id) from ScriptRun r join r.path p"
                + " where r.scriptVersion = :v group by p.stepKey", version);
        Map<String, Long> dropped = new HashMap<>();
        em.createQuery("select r.lastStepKey, count(r) from ScriptRun r where r.scriptVersion = :v and r.completed = :no group by r.lastStepKey",
                        Object[].class).setParameter("v", version).setParameter("no", false).getResultList()
                .forEach(row -> dropped.put((String) row[0], ((Number) row[1]).longValue()));
        List<VersionStats.StepStats> steps = new ArrayList<>();
        for (ScriptStep step : version.getSteps()) {
            steps.add(new VersionStats.StepStats(step.getKey(), step.getTitle(), reached.getOrDefault(step.getKey(), 0L),
                    dropped.getOrDefault(step.getKey(), 0L)));
        }
        return new VersionStats(number, runs, completed, average, outcomes, steps);
    }

    private Map<String, Long> counts(String jpql, ScriptVersion version) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("v", version).getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
