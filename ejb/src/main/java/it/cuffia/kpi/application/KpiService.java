package it.cuffia.kpi.application;

import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.kpi.domain.KpiCounters;
import it.cuffia.kpi.domain.KpiResult;
import it.cuffia.kpi.domain.KpiTally;
import it.cuffia.kpi.domain.KpiTarget;
import it.cuffia.kpi.domain.PeriodKind;
import it.cuffia.kpi.domain.ScopeKind;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** KPI targets, the agent's own board and the KPI reports of supervisors and admins. */
@Stateless
public class KpiService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;
    @Inject
    private CallerContext callers;
    @Inject
    private KpiCalculation calculation;
    @Inject
    private Clock clock;

    public List<KpiTarget> targets() {
        callers.caller().require(Role.ADMIN, Role.SUPERVISOR);
        return em.createQuery("select t from KpiTarget t order by t.scopeKind, t.scopeId, t.kpi", KpiTarget.class).getResultList();
    }

    /** Sets (or changes) a KPI's target for a client, campaign or team. */
    public KpiTarget setTarget(Kpi kpi, ScopeKind scope, Long scopeId, BigDecimal target) {
        callers.caller().require(Role.ADMIN);
        if (kpi == null || scope == null || scopeId == null) {
            throw new DomainException("kpi.target.incomplete");
        }
        if (names(scope).get(scopeId) == null) {
            throw new NotFoundException(scope.name().toLowerCase(), scopeId);
        }
        Optional<KpiTarget> existing = em.createQuery("select t from KpiTarget t where t.kpi = :k and t.scopeKind = :s and t.scopeId = :i",
                KpiTarget.class).setParameter("k", kpi).setParameter("s", scope).setParameter("i", scopeId).getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().changeTo(target);
            return existing.get();
        }
        KpiTarget created = new KpiTarget(kpi, scope, scopeId, target);
        em.persist(created);
        return created;
    }

    public void removeTarget(Long id) {
        callers.caller().require(Role.ADMIN);
        KpiTarget target = em.find(KpiTarget.class, id);
        if (target == null) {
            throw new NotFoundException("target", id);
        }
        em.remove(target);
    }

    /** The calling agent's KPIs: today (computed now) and month to date (stored days + today), against targets. */
    public List<KpiRow> myBoard() {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        LocalDate today = LocalDate.now(clock);
        KpiCounters todays = sum(calculation.tallyOf(caller.userId(), today));
        KpiCounters month = sum(calculation.storedTalliesOf(caller.userId(), today.withDayOfMonth(1), today.minusDays(1))).add(todays);
        Map<Kpi, BigDecimal> targets = targetsForAgent(caller.userId());
        List<KpiRow> rows = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            BigDecimal target = targets.get(kpi);
            BigDecimal value = month.value(kpi).orElse(null);
            rows.add(new KpiRow(kpi, todays.value(kpi).orElse(null), value, target,
                    target == null || value == null ? null : kpi.direction().meets(value, target)));
        }
        return rows;
    }

    /** Stored month results of every scope of a kind (supervisors: agents and teams; admins: all). */
    public List<ScopeResult> monthReport(YearMonth month, ScopeKind scope) {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return report(caller, PeriodKind.MONTH, month.atDay(1), scope);
    }

    /** Daily results of one scope over a month, for the charts. */
    public List<KpiResult> days(ScopeKind scope, Long id, YearMonth month) {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return visibleTo(caller, scope, em.createQuery("select r from KpiResult r where r.periodKind = :k and r.scopeKind = :s and r.scopeId = :i"
                        + " and r.periodStart between :f and :t and " + visibleJpql(caller, scope) + " order by r.periodStart", KpiResult.class))
                .setParameter("k", PeriodKind.DAY).setParameter("s", scope).setParameter("i", id)
                .setParameter("f", month.atDay(1)).setParameter("t", month.atEndOfMonth()).getResultList();
    }

    private List<ScopeResult> report(Caller caller, PeriodKind kind, LocalDate start, ScopeKind scope) {
        Map<Long, String> names = names(scope);
        Map<Long, Map<Kpi, BigDecimal>> targets = targetsBy(scope);
        List<ScopeResult> rows = new ArrayList<>();
        for (KpiResult result : visibleTo(caller, scope, em.createQuery("select r from KpiResult r where r.periodKind = :k and r.periodStart = :s"
                        + " and r.scopeKind = :c and " + visibleJpql(caller, scope), KpiResult.class))
                .setParameter("k", kind).setParameter("s", start).setParameter("c", scope).getResultList()) {
            rows.add(new ScopeResult(scope, result.getScopeId(), names.getOrDefault(result.getScopeId(), "#" + result.getScopeId()),
                    result.getCounters(), targets.getOrDefault(result.getScopeId(), Map.of())));
        }
        rows.sort(Comparator.comparing(ScopeResult::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /**
     * The results a caller may see, as a condition on {@code r.scopeId}: admins all; a supervisor the teams they lead
     * and those teams' agents (people's figures follow the teams, as their statements do), the clients of their scope
     * and those clients' campaigns. {@link #visibleTo} binds its parameters.
     */
    private static String visibleJpql(Caller caller, ScopeKind scope) {
        return switch (scope) {
            case AGENT -> Tenancy.teamsJpql(caller.teams(), "r.scopeId");
            case TEAM -> caller.teams().all() ? "r.scopeId is not null"
                    : caller.teams().teamIds().isEmpty() ? "r.scopeId is null" : "r.scopeId in :tenancyTeams";
            case CLIENT -> Tenancy.jpql(caller.scope(), "r.scopeId");
            case CAMPAIGN -> "r.scopeId in (select tenancyCampaign.id from Campaign tenancyCampaign where "
                    + Tenancy.jpql(caller.scope(), "tenancyCampaign.client.id") + ")";
        };
    }

    private static <Q extends jakarta.persistence.Query> Q visibleTo(Caller caller, ScopeKind scope, Q query) {
        return switch (scope) {
            case AGENT, TEAM -> Tenancy.bindTeams(query, caller.teams());
            case CLIENT, CAMPAIGN -> Tenancy.bind(query, caller.scope());
        };
    }

    /** An agent's targets: their team's, else the first of their clients' that sets one. */
    Map<Kpi, BigDecimal> targetsForAgent(Long userId) {
        Map<Kpi, BigDecimal> targets = new EnumMap<>(Kpi.class);
        Agent agent = em.createQuery("select a from Agent a where a.user.id = :u", Agent.class).setParameter("u", userId)
                .getResultStream().findFirst().orElse(null);
        if (agent == null) {
            return targets;
        }
        if (agent.getTeam() != null) {
            targets.putAll(targetsBy(ScopeKind.TEAM).getOrDefault(agent.getTeam().getId(), Map.of()));
        }
        Map<Long, Map<Kpi, BigDecimal>> byClient = targetsBy(ScopeKind.CLIENT);
        agent.getClients().stream().sorted(Comparator.comparing(c -> c.getName()))
                .forEach(client -> byClient.getOrDefault(client.getId(), Map.of()).forEach(targets::putIfAbsent));
        return targets;
    }

    private Map<Long, Map<Kpi, BigDecimal>> targetsBy(ScopeKind scope) {
        Map<Long, Map<Kpi, BigDecimal>> byId = new HashMap<>();
        for (KpiTarget target : em.createQuery("select t from KpiTarget t where t.scopeKind = :s", KpiTarget.class)
                .setParameter("s", scope).getResultList()) {
            byId.computeIfAbsent(target.getScopeId(), i -> new EnumMap<>(Kpi.class)).put(target.getKpi(), target.getTarget());
        }
        return byId;
    }

    /** Names of every agent, team, campaign or client, by id: one query per report. */
    public Map<Long, String> names(ScopeKind scope) {
        String jpql = switch (scope) {
            case AGENT -> "select u.id, concat(concat(u.firstName, ' '), u.lastName) from AppUser u";
            case TEAM -> "select t.id, t.name from Team t";
            case CAMPAIGN -> "select c.id, c.name from Campaign c";
            case CLIENT -> "select c.id, c.name from Client c";
        };
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    private static KpiCounters sum(List<KpiTally> tallies) {
        KpiCounters sum = new KpiCounters();
        tallies.forEach(t -> sum.add(t.getCounters()));
        return sum;
    }
}
