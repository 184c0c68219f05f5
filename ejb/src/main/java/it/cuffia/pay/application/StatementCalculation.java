package it.cuffia.pay.application;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Agent;
import it.cuffia.kpi.application.KpiCalculation;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.kpi.domain.KpiCounters;
import it.cuffia.kpi.domain.KpiTally;
import it.cuffia.pay.domain.CommissionPlan;
import it.cuffia.pay.domain.CommissionRules;
import it.cuffia.pay.domain.MonthlyPay;
import it.cuffia.pay.domain.PayAdjustment;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.SaleFact;
import it.cuffia.pay.domain.SalesOfMonth;
import it.cuffia.pay.domain.PayUnit;
import it.cuffia.shared.domain.Money;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.domain.Zones;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds agents' monthly statements from their contracts, the plan versions valid that month and
 * the month's tallies (DOMAIN.md, exact rules). Used by the statements job and for the agent's
 * running estimate; runs without a caller.
 */
@Stateless
public class StatementCalculation {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private KpiCalculation kpis;

    @Inject
    private Clock clock;

    /** Agents with a contract in the month or any tallied work in it, in id order (the job's items). */
    public List<Long> agentsFor(YearMonth month) {
        TreeSet<Long> ids = new TreeSet<>(em.createQuery("select distinct a.user.id from Agent a join a.contracts c"
                        + " where c.validFrom <= :end and (c.validTo is null or c.validTo >= :start)", Long.class)
                .setParameter("start", month.atDay(1)).setParameter("end", month.atEndOfMonth()).getResultList());
        ids.addAll(em.createQuery("select distinct t.agentId from KpiTally t where t.day between :start and :end", Long.class)
                .setParameter("start", month.atDay(1)).setParameter("end", month.atEndOfMonth()).getResultList());
        return List.copyOf(ids);
    }

    public boolean hasStatements(YearMonth month) {
        return em.createQuery("select count(s) from PayStatement s where s.month = :m", Long.class)
                .setParameter("m", month.atDay(1)).getSingleResult() > 0;
    }

    /** The month from its stored tallies (the statements job runs after the month's KPIs). */
    public MonthlyPay compute(Long agentId, YearMonth month) {
        return compute(agentId, month, kpis.storedTalliesOf(agentId, month.atDay(1), month.atEndOfMonth()));
    }

    /** The month so far: stored tallies before today, today's computed now (an estimate, never stored). */
    public MonthlyPay estimate(Long agentId) {
        LocalDate today = LocalDate.now(clock);
        List<KpiTally> tallies = new ArrayList<>(kpis.storedTalliesOf(agentId, today.withDayOfMonth(1), today.minusDays(1)));
        tallies.addAll(kpis.tallyOf(agentId, today));
        return compute(agentId, YearMonth.from(today), tallies);
    }

    public MonthlyPay compute(Long agentId, YearMonth month, List<KpiTally> tallies) {
        List<SaleFact> sales = salesOf(List.of(agentId), month).getOrDefault(agentId, List.of());
        return compute(agentOf(agentId), month, tallies, sales, sales.stream().filter(SaleFact::earns).toList(), MonthPlans.of(plansFor(month)))
                .adjustments(adjustmentsOf(List.of(agentId), month).getOrDefault(agentId, List.of()));
    }

    /**
     * The month of several agents (the statements job's chunk) from their stored tallies, exactly as {@link #compute(Long, YearMonth)}
     * computes each: their tallies, sales, contracts, clients and adjustments and the month's plans are read with a few queries
     * for all of them, never a query per agent. In the order of {@code agentIds}.
     */
    public Map<Long, MonthlyPay> compute(List<Long> agentIds, YearMonth month) {
        Map<Long, List<KpiTally>> tallies = new HashMap<>();
        kpis.summedTalliesOf(agentIds, month.atDay(1), month.atEndOfMonth())
                .forEach(t -> tallies.computeIfAbsent(t.getAgentId(), a -> new ArrayList<>()).add(t));
        Map<Long, List<SaleFact>> sales = salesOf(agentIds, month);
        Map<Long, List<PayAdjustment>> adjustments = adjustmentsOf(agentIds, month);
        Map<Long, Agent> agents = agentsOf(agentIds);
        MonthPlans plans = MonthPlans.of(plansFor(month));
        Map<Long, MonthlyPay> pays = new LinkedHashMap<>();
        for (Long agentId : agentIds) {
            List<SaleFact> agentSales = sales.getOrDefault(agentId, List.of());
            pays.put(agentId, compute(agents.get(agentId), month, tallies.getOrDefault(agentId, List.of()), agentSales,
                    agentSales.stream().filter(SaleFact::earns).toList(), plans)
                    .adjustments(adjustments.getOrDefault(agentId, List.of())));
        }
        return pays;
    }

    /** The month's plans with their rules as the pay engine applies them, made once for all the agents computed together. */
    private record MonthPlans(List<CommissionPlan> plans, Map<Long, CommissionRules> rules) {
        static MonthPlans of(List<CommissionPlan> plans) {
            Map<Long, CommissionRules> rules = new HashMap<>();
            plans.forEach(plan -> rules.put(plan.getId(), plan.toRules()));
            return new MonthPlans(plans, rules);
        }
    }

    /** The month's fixed pay and plans' lines, paying for {@code earning} among the month's {@code sales}. */
    private static MonthlyPay compute(Agent agent, YearMonth month, List<KpiTally> tallies, List<SaleFact> sales, List<SaleFact> earning,
                                      MonthPlans plans) {
        MonthlyPay pay = new MonthlyPay();
        if (agent != null) {
            pay.fixed(agent.getContracts(), month);
        }
        for (CommissionPlan plan : plans.plans()) {
            boolean serves = agent != null && agent.worksFor(plan.getClient());
            boolean worked = tallies.stream().anyMatch(t -> t.getClientId() != null && plan.coversWorkFor(t.getClientId(), t.getCampaignId()));
            if (serves || worked) {
                SalesOfMonth covered = SalesOfMonth.of(sales.stream().filter(s -> plan.coversWorkFor(s.clientId(), s.campaignId())).toList());
                pay.plan(plan.getId(), plan.getName(), covered.explain(plans.rules().get(plan.getId()).apply(monthOf(plan, tallies, earning))));
            }
        }
        return pay;
    }

    private Agent agentOf(Long agentId) {
        return agentsOf(List.of(agentId)).get(agentId);
    }

    /** The agents with their users, contracts and clients, loaded together (batch fetches, not a query per agent). */
    private Map<Long, Agent> agentsOf(List<Long> agentIds) {
        Map<Long, Agent> agents = new HashMap<>();
        for (List<Long> ids : slices(agentIds)) {
            em.createQuery("select a from Agent a where a.user.id in :ids", Agent.class).setParameter("ids", ids)
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "a.user")
                    .setHint("eclipselink.batch", "a.user.roles")
                    .setHint("eclipselink.batch", "a.contracts")
                    .setHint("eclipselink.batch", "a.clients")
                    .getResultList().forEach(a -> agents.put(a.getUser().getId(), a));
        }
        return agents;
    }

    /** Id lists cut to a size every database takes as an IN list. */
    private static List<List<Long>> slices(List<Long> ids) {
        List<List<Long>> slices = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            slices.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return slices;
    }

    /**
     * What an approved month paid for sales since cancelled and not yet taken back: the month's commissions
     * with the sales that earned at its approval, less the same without those cancelled since, less the
     * clawbacks already made for it. The same stored tallies on both sides, so only the sales make the
     * difference; the whole month at once, so a cap or a tier that two cancellations cross is right too.
     */
    public BigDecimal stillToClawBack(PayStatement approved) {
        Long agentId = approved.getAgent().getId();
        YearMonth month = approved.getMonth();
        List<KpiTally> tallies = kpis.storedTalliesOf(agentId, month.atDay(1), month.atEndOfMonth());
        List<SaleFact> sales = salesOf(List.of(agentId), month).getOrDefault(agentId, List.of());
        List<SaleFact> earned = sales.stream().filter(s -> s.earnedWhenApproved(approved.getApprovedAt())).toList();
        Agent agent = agentOf(agentId);
        MonthPlans plans = MonthPlans.of(plansFor(month));
        BigDecimal paid = compute(agent, month, tallies, sales, earned, plans).variable();
        BigDecimal deserved = compute(agent, month, tallies, sales, earned.stream().filter(SaleFact::earns).toList(), plans).variable();
        BigDecimal clawedBack = em.createQuery("select a.amount from PayAdjustment a where a.agent.id = :a and a.paidMonth = :m"
                        + " and a.kind = :k", Money.class)
                .setParameter("a", agentId).setParameter("m", month.atDay(1)).setParameter("k", PayAdjustment.Kind.CLAWBACK)
                .getResultStream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return paid.subtract(deserved).add(clawedBack).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    /** What {@link #store(Map, YearMonth, Long)} did: statements stored, approved ones left as they were. */
    public record Stored(int stored, int keptApproved) {
    }

    /**
     * Stores the agents' computations unless their statement is approved, reading their statements and users with a
     * query each for all of them; the rows go to the database in JDBC batches (eclipselink.jdbc.batch-writing).
     */
    public Stored store(Map<Long, MonthlyPay> pays, YearMonth month, Long jobExecution) {
        List<Long> agentIds = List.copyOf(pays.keySet());
        Map<Long, PayStatement> statements = new HashMap<>();
        Map<Long, AppUser> users = new HashMap<>();
        for (List<Long> ids : slices(agentIds)) {
            em.createQuery("select u from AppUser u where u.id in :ids", AppUser.class).setParameter("ids", ids)
                    .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "u.roles")
                    .getResultList().forEach(u -> users.put(u.getId(), u));
            em.createQuery("select s from PayStatement s where s.agent.id in :ids and s.month = :m", PayStatement.class)
                    .setParameter("ids", ids).setParameter("m", month.atDay(1))
                    .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "s.lines")
                    .getResultList().forEach(s -> statements.put(s.getAgent().getId(), s));
        }
        Instant now = clock.instant();
        int stored = 0;
        int kept = 0;
        for (Map.Entry<Long, MonthlyPay> pay : pays.entrySet()) {
            PayStatement statement = statements.get(pay.getKey());
            if (statement == null) {
                AppUser agent = Optional.ofNullable(users.get(pay.getKey())).orElseThrow(() -> new NotFoundException("agent", pay.getKey()));
                statement = new PayStatement(agent, month);
                em.persist(statement);
            } else if (statement.isApproved()) {
                kept++;
                continue;
            }
            statement.recompute(pay.getValue(), now, jobExecution);
            stored++;
        }
        return new Stored(stored, kept);
    }

    /** The agent's first month after {@code after} whose statement is not approved: where an adjustment goes. */
    public YearMonth nextOpenMonth(Long agentId, YearMonth after) {
        YearMonth month = after.plusMonths(1);
        while (statementOf(agentId, month).map(PayStatement::isApproved).orElse(false)) {
            month = month.plusMonths(1);
        }
        return month;
    }

    /** A draft already computed is recomputed now (else it would be approved as it was); a month not computed yet will see the change. */
    public void refreshDraft(Long agentId, YearMonth month) {
        statementOf(agentId, month).filter(s -> !s.isApproved())
                .ifPresent(s -> s.recompute(compute(agentId, month), clock.instant(), s.getJobExecution()));
    }

    public Optional<PayStatement> statementOf(Long agentId, YearMonth month) {
        return em.createQuery("select s from PayStatement s where s.agent.id = :a and s.month = :m", PayStatement.class)
                .setParameter("a", agentId).setParameter("m", month.atDay(1)).getResultStream().findFirst();
    }

    List<CommissionPlan> plansFor(YearMonth month) {
        return em.createQuery("select p from CommissionPlan p where p.validFrom <= :end and (p.validTo is null or p.validTo >= :start)"
                        + " order by p.client.name, p.name", CommissionPlan.class)
                .setParameter("start", month.atDay(1)).setParameter("end", month.atEndOfMonth()).getResultList();
    }

    /** The agents' sales recorded in the month, cancelled or without consent too (the statement says why they paid nothing). */
    private Map<Long, List<SaleFact>> salesOf(List<Long> agentIds, YearMonth month) {
        Map<Long, List<SaleFact>> sales = new HashMap<>();
        for (List<Long> ids : slices(agentIds)) {
            for (Object[] row : em.createQuery("select s.agent.id, s.id, s.campaign.client.id, s.campaign.id, s.total, s.consentOk, s.cancelledAt"
                            + " from Sale s where s.agent.id in :ids and s.soldAt >= :f and s.soldAt < :t order by s.id", Object[].class)
                    .setParameter("ids", ids)
                    .setParameter("f", month.atDay(1).atStartOfDay(Zones.ROME).toInstant())
                    .setParameter("t", month.plusMonths(1).atDay(1).atStartOfDay(Zones.ROME).toInstant())
                    .getResultList()) {
                sales.computeIfAbsent((Long) row[0], a -> new ArrayList<>())
                        .add(new SaleFact((Long) row[1], (Long) row[2], (Long) row[3], (Money) row[4], (Boolean) row[5], (java.time.Instant) row[6]));
            }
        }
        return sales;
    }

    private Map<Long, List<PayAdjustment>> adjustmentsOf(List<Long> agentIds, YearMonth month) {
        Map<Long, List<PayAdjustment>> adjustments = new HashMap<>();
        for (List<Long> ids : slices(agentIds)) {
            em.createQuery("select a from PayAdjustment a where a.agent.id in :ids and a.month = :m order by a.id", PayAdjustment.class)
                    .setParameter("ids", ids).setParameter("m", month.atDay(1)).getResultList()
                    .forEach(a -> adjustments.computeIfAbsent(a.getAgent().getId(), x -> new ArrayList<>()).add(a));
        }
        return adjustments;
    }

    private static CommissionRules.Month monthOf(CommissionPlan plan, List<KpiTally> tallies, List<SaleFact> sales) {
        KpiCounters counters = new KpiCounters();
        for (KpiTally tally : tallies) {
            boolean time = tally.getClientId() == null;
            if (time || plan.coversWorkFor(tally.getClientId(), tally.getCampaignId())) {
                counters.add(tally.getCounters());
            }
        }
        Map<String, Long> units = new HashMap<>();
        for (PayUnit unit : PayUnit.values()) {
            units.put(unit.name(), unit.countIn(counters));
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (SaleFact sale : sales) {
            if (plan.coversWorkFor(sale.clientId(), sale.campaignId())) {
                amounts.add(sale.total());
            }
        }
        Map<String, Optional<BigDecimal>> values = new HashMap<>();
        counters.values().forEach((kpi, value) -> values.put(kpi.name(), value));
        return new CommissionRules.Month(units, amounts, values);
    }

}
