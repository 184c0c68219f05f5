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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
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
        List<SaleFact> sales = salesOf(agentId, month);
        return compute(agentId, month, tallies, sales, sales.stream().filter(SaleFact::earns).toList())
                .adjustments(adjustmentsOf(agentId, month));
    }

    /** The month's fixed pay and plans' lines, paying for {@code earning} among the month's {@code sales}. */
    private MonthlyPay compute(Long agentId, YearMonth month, List<KpiTally> tallies, List<SaleFact> sales, List<SaleFact> earning) {
        Agent agent = em.createQuery("select a from Agent a where a.user.id = :u", Agent.class).setParameter("u", agentId)
                .getResultStream().findFirst().orElse(null);
        MonthlyPay pay = new MonthlyPay();
        if (agent != null) {
            pay.fixed(agent.getContracts(), month);
        }
        for (CommissionPlan plan : plansFor(month)) {
            boolean serves = agent != null && agent.worksFor(plan.getClient());
            boolean worked = tallies.stream().anyMatch(t -> t.getClientId() != null && plan.coversWorkFor(t.getClientId(), t.getCampaignId()));
            if (serves || worked) {
                SalesOfMonth covered = SalesOfMonth.of(sales.stream().filter(s -> plan.coversWorkFor(s.clientId(), s.campaignId())).toList());
                pay.plan(plan.getId(), plan.getName(), covered.explain(plan.toRules().apply(monthOf(plan, tallies, earning))));
            }
        }
        return pay;
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
        List<SaleFact> sales = salesOf(agentId, month);
        List<SaleFact> earned = sales.stream().filter(s -> s.earnedWhenApproved(approved.getApprovedAt())).toList();
        BigDecimal paid = compute(agentId, month, tallies, sales, earned).variable();
        BigDecimal deserved = compute(agentId, month, tallies, sales, earned.stream().filter(SaleFact::earns).toList()).variable();
        BigDecimal clawedBack = em.createQuery("select a.amount from PayAdjustment a where a.agent.id = :a and a.paidMonth = :m"
                        + " and a.kind = :k", Money.class)
                .setParameter("a", agentId).setParameter("m", month.atDay(1)).setParameter("k", PayAdjustment.Kind.CLAWBACK)
                .getResultStream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return paid.subtract(deserved).add(clawedBack).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    /** Stores the computation unless the statement is approved; returns whether it was stored. */
    public boolean store(Long agentId, YearMonth month, MonthlyPay pay, Long jobExecution) {
        PayStatement statement = statementOf(agentId, month).orElse(null);
        if (statement == null) {
            AppUser agent = Optional.ofNullable(em.find(AppUser.class, agentId)).orElseThrow(() -> new NotFoundException("agent", agentId));
            statement = new PayStatement(agent, month);
            em.persist(statement);
        } else if (statement.isApproved()) {
            return false;
        }
        statement.recompute(pay, clock.instant(), jobExecution);
        return true;
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

    /** The agent's sales recorded in the month, cancelled or without consent too (the statement says why they paid nothing). */
    private List<SaleFact> salesOf(Long agentId, YearMonth month) {
        return em.createQuery("select new it.cuffia.pay.domain.SaleFact(s.id, s.campaign.client.id, s.campaign.id, s.total, s.consentOk,"
                        + " s.cancelledAt) from Sale s where s.agent.id = :a and s.soldAt >= :f and s.soldAt < :t order by s.id", SaleFact.class)
                .setParameter("a", agentId)
                .setParameter("f", month.atDay(1).atStartOfDay(Zones.ROME).toInstant())
                .setParameter("t", month.plusMonths(1).atDay(1).atStartOfDay(Zones.ROME).toInstant())
                .getResultList();
    }

    private List<PayAdjustment> adjustmentsOf(Long agentId, YearMonth month) {
        return em.createQuery("select a from PayAdjustment a where a.agent.id = :a and a.month = :m order by a.id", PayAdjustment.class)
                .setParameter("a", agentId).setParameter("m", month.atDay(1)).getResultList();
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
