package it.cuffia.outbound.application;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.LeadEligibility;
import it.cuffia.outbound.domain.LeadStatus;
import it.cuffia.outbound.domain.LeadEligibility.Decision;
import it.cuffia.outbound.domain.LeadEligibility.RpoAnswer;
import it.cuffia.shared.domain.Zones;
import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hands each agent the next lead to call. Candidates are locked with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} (PostgreSQL and H2), so two agents asking at the same
 * moment never lock the same row; the chosen lead is then held under a lease, so it leaves the
 * queue for everyone else until the agent records an outcome or the lease runs out.
 */
@Stateless
public class DialingQueue {

    /** Candidates locked per query and round; the first one that may be called now wins. */
    static final int BATCH = 10;
    private static final int ROUNDS = 5;
    /**
     * H2 applies LIMIT before skipping locked rows: a round can come back empty while other agents'
     * transactions lock the first rows. Those transactions last milliseconds, so the round is tried
     * again until this much time has passed (PostgreSQL skips past locked rows and never waits here).
     */
    private static final Duration BUSY_PATIENCE = Duration.ofSeconds(10);

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** How long an agent may hold a lead without a sign of life (minutes). */
    public static Duration lease() {
        return Duration.ofMinutes(Long.getLong("cuffia.outbound.leaseMinutes", 15));
    }

    /**
     * The lead this agent should call now: the one they already hold, else due personal callbacks,
     * then shared callbacks, then new and retry leads by priority and age. Empty when nothing may
     * be called now.
     */
    public Optional<Lead> nextLeadFor(Long agentId) {
        Instant now = clock.instant();
        Optional<Lead> held = heldBy(agentId, now);
        if (held.isPresent()) {
            return held;
        }
        List<Long> campaigns = campaignsOf(agentId, now.atZone(Zones.ROME).toLocalDate());
        if (campaigns.isEmpty()) {
            return Optional.empty();
        }
        AppUser agent = em.find(AppUser.class, agentId);
        Set<Long> skipped = new HashSet<>();
        long giveUpAt = System.nanoTime() + BUSY_PATIENCE.toNanos();
        for (int round = 0; round < ROUNDS; ) {
            List<Long> ids = lockCandidates(campaigns, agentId, now, skipped);
            if (ids.isEmpty()) {
                if (System.nanoTime() < giveUpAt && anyCandidate(campaigns, agentId, now, skipped)) {
                    pause();
                    continue;
                }
                return Optional.empty();
            }
            round++;
            // the best candidate alone first: it may be called most of the time, and then the other locked ones
            // need not be loaded and checked (issue 17: they were, on every take)
            for (List<Long> group : List.of(ids.subList(0, 1), ids.subList(1, ids.size()))) {
                Optional<Lead> chosen = firstCallable(group, agent, now, skipped);
                if (chosen.isPresent()) {
                    return chosen;
                }
            }
        }
        return Optional.empty();
    }

    /** Holds the first of these locked leads that may be called now; sets aside those that may never be. */
    private Optional<Lead> firstCallable(List<Long> ids, AppUser agent, Instant now, Set<Long> skipped) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<Lead> leads = load(ids);
        LeadEligibility eligibility = eligibilityFor(leads);
        for (Lead lead : leads) {
            Decision decision = eligibility.of(lead, now);
            switch (decision.verdict()) {
                case CALL -> {
                    lead.holdFor(agent, now.plus(lease()));
                    em.flush();
                    return Optional.of(lead);
                }
                case EXCLUDE -> lead.exclude(decision.reason());
                case SKIP -> { }
            }
            skipped.add(lead.getId());
        }
        return Optional.empty();
    }

    /**
     * The agent takes one of their own personal callbacks out of turn (from their callbacks list): locked like the
     * queue's candidates, and held only when it may be called now (calling hours, do-not-call, register, consent) as
     * the queue would decide. Empty when a colleague's session or the queue holds it, or it may not be called now
     * (then an excluded lead is set aside, as the queue does).
     */
    public Optional<Lead> takeCallback(Long agentId, Long leadId) {
        Instant now = clock.instant();
        List<Long> campaigns = campaignsOf(agentId, now.atZone(Zones.ROME).toLocalDate());
        if (campaigns.isEmpty()) {
            return Optional.empty();
        }
        String sql = "select l.id from lead l where l.id = ?3 and l.status = 'CALLBACK' and l.callback_agent_id = ?2"
                + " and l.campaign_id in (" + SqlValues.idList(campaigns) + ")"
                + FREE.formatted(SqlValues.idList(Set.of())) + " for update skip locked";
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, SqlValues.timestamp(now)).setParameter(2, agentId)
                .setParameter(3, leadId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Lead> leads = load(List.of(leadId));
        Lead lead = leads.get(0);
        Decision decision = eligibilityFor(leads).of(lead, now);
        switch (decision.verdict()) {
            case CALL -> {
                lead.holdFor(em.find(AppUser.class, agentId), now.plus(lease()));
                em.flush();
                return Optional.of(lead);
            }
            case EXCLUDE -> lead.exclude(decision.reason());
            case SKIP -> { }
        }
        return Optional.empty();
    }

    /** The lead this agent holds now, if its lease still runs. */
    public Optional<Lead> heldBy(Long agentId, Instant now) {
        return em.createQuery("select l from Lead l where l.heldBy.id = :me and l.leaseUntil > :now order by l.leaseUntil desc", Lead.class)
                .setParameter("me", agentId).setParameter("now", now).setMaxResults(1).getResultStream().findFirst();
    }

    /** The agent is still there: their lead stays theirs for another lease. */
    public void keepAlive(Long agentId) {
        Instant now = clock.instant();
        heldBy(agentId, now).ifPresent(lead -> lead.extendLease(now.plus(lease())));
    }

    /** Active campaigns in their period that the agent works on, directly or through their team, for their clients. */
    private List<Long> campaignsOf(Long agentId, LocalDate today) {
        return em.createQuery("select distinct c.id from Campaign c, Agent a join a.clients ac "
                        + "where a.user.id = :me and c.client = ac and " + Campaign.DIALABLE_JPQL.formatted("c", ":today") + " "
                        + "and (exists (select u from Campaign c2 join c2.agents u where c2 = c and u.id = :me) "
                        + "or exists (select t from Campaign c3 join c3.teams t where c3 = c and t = a.team))", Long.class)
                .setParameter("me", agentId).setParameter("today", today)
                .getResultList();
    }

    private static final String WORKABLE = "l.campaign_id in (%s) and l.status in (" + LeadStatus.WORKABLE_SQL + ") "
            + "and (l.next_attempt_at is null or l.next_attempt_at <= ?1) "
            + "and (l.callback_agent_id is null or l.callback_agent_id = ?2) "
            + "and (l.held_by_id is null or l.lease_until <= ?1) "
            + "and l.id not in (%s)";

    /**
     * Locks the next candidates, best first: due callbacks (this agent's own before shared ones),
     * then new and retry leads by priority and age. New and retry leads are taken per campaign and
     * status, so that each query walks the index {@code ix_lead_take} in order and stops at its
     * limit instead of sorting the whole list; the few rows of each are merged here.
     */
    private List<Long> lockCandidates(List<Long> campaigns, Long agentId, Instant now, Set<Long> skipped) {
        List<Long> ids = new ArrayList<>(lockCallbacks(campaigns, agentId, now, skipped));
        List<Object[]> queued = new ArrayList<>();
        for (Long campaign : campaigns) {
            for (LeadStatus status : List.of(LeadStatus.NEW, LeadStatus.RETRY)) {
                queued.addAll(lockQueued(campaign, status, now, skipped));
            }
        }
        queued.sort(Comparator.<Object[]>comparingLong(row -> -SqlValues.asLong(row[1]))
                .thenComparing(row -> SqlValues.instant(row[2]))
                .thenComparingLong(row -> SqlValues.asLong(row[0])));
        queued.forEach(row -> ids.add(SqlValues.asLong(row[0])));
        return ids;
    }

    private static final String FREE = " and (l.held_by_id is null or l.lease_until <= ?1) and l.id not in (%s)";

    @SuppressWarnings("unchecked")
    private List<Long> lockCallbacks(List<Long> campaigns, Long agentId, Instant now, Set<Long> skipped) {
        String sql = "select l.id from lead l where l.campaign_id in (" + SqlValues.idList(campaigns) + ") and l.status = 'CALLBACK' "
                + "and l.next_attempt_at <= ?1 and (l.callback_agent_id is null or l.callback_agent_id = ?2)"
                + FREE.formatted(SqlValues.idList(skipped))
                + " order by case when l.callback_agent_id = ?2 then 0 else 1 end, l.next_attempt_at, l.id "
                + "limit " + BATCH + " for update skip locked";
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, SqlValues.timestamp(now)).setParameter(2, agentId).getResultList();
        return rows.stream().map(SqlValues::asLong).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> lockQueued(Long campaign, LeadStatus status, Instant now, Set<Long> skipped) {
        String sql = "select l.id, l.priority, l.next_attempt_at from lead l where l.campaign_id = ?2 and l.status = ?3 "
                + "and l.next_attempt_at <= ?1" + FREE.formatted(SqlValues.idList(skipped))
                + " order by l.priority desc, l.next_attempt_at, l.id limit " + BATCH + " for update skip locked";
        return em.createNativeQuery(sql).setParameter(1, SqlValues.timestamp(now)).setParameter(2, campaign)
                .setParameter(3, status.name()).getResultList();
    }

    private boolean anyCandidate(List<Long> campaigns, Long agentId, Instant now, Set<Long> skipped) {
        String sql = "select count(*) from (select l.id from lead l where "
                + WORKABLE.formatted(SqlValues.idList(campaigns), SqlValues.idList(skipped)) + " limit 1) x";
        return SqlValues.asLong(em.createNativeQuery(sql).setParameter(1, SqlValues.timestamp(now)).setParameter(2, agentId)
                .getSingleResult()) > 0;
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(5, 25));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the dialing queue", e);
        }
    }

    /** The locked leads with their campaign, customer and consents, in the locked order, in three queries. */
    private List<Lead> load(List<Long> ids) {
        Map<Long, Lead> byId = em.createNamedQuery(Lead.TO_DIAL, Lead.class).setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Lead::getId, Function.identity()));
        List<Lead> ordered = new ArrayList<>();
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    private LeadEligibility eligibilityFor(List<Lead> leads) {
        Set<String> numbers = leads.stream().map(Lead::getPhone).collect(Collectors.toSet());
        Set<String> dnc = new HashSet<>();
        em.createQuery("select c.id, d.number from DoNotCallEntry d left join d.client c where d.number in :n", Object[].class)
                .setParameter("n", numbers).getResultList()
                .forEach(row -> dnc.add(LeadEligibility.dncKey((Long) row[0], (String) row[1])));
        Map<String, RpoAnswer> rpo = new HashMap<>();
        em.createQuery("select r.number, r.checkedOn, r.registered, r.importedAt from RpoCheck r where r.number in :n order by r.checkedOn, r.importedAt", Object[].class)
                .setParameter("n", numbers).getResultList()
                .forEach(row -> rpo.put((String) row[0], new RpoAnswer((LocalDate) row[1], (Boolean) row[2], (Instant) row[3]))); // latest wins
        Set<Long> customers = leads.stream().map(l -> l.getCustomer().getId()).collect(Collectors.toSet());
        Set<String> invalid = new HashSet<>(em.createQuery("select p.number from CustomerPhone p where p.customer.id in :c "
                + "and p.valid = false", String.class).setParameter("c", customers).getResultList());
        return new LeadEligibility(dnc, rpo, invalid);
    }

}
