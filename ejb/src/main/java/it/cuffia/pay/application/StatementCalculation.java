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
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.PayUnit;
import it.cuffia.shared.domain.NotFoundException;
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
        Agent agent = em.createQuery("select a from Agent a where a.user.id = :u", Agent.class).setParameter("u", agentId)
                .getResultStream().findFirst().orElse(null);
        MonthlyPay pay = new MonthlyPay();
        if (agent != null) {
            pay.fixed(agent.getContracts(), month);
        }
        List<Object[]> sales = consentedSales(agentId, month);
        for (CommissionPlan plan : plansFor(month)) {
            boolean serves = agent != null && agent.worksFor(plan.getClient());
            boolean worked = tallies.stream().anyMatch(t -> t.getClientId() != null && plan.coversWorkFor(t.getClientId(), t.getCampaignId()));
            if (serves || worked) {
                pay.plan(plan.getId(), plan.getName(), plan.toRules().apply(monthOf(plan, tallies, sales)));
            }
        }
        return pay;
    }

    /** Stores the computation unless the statement is approved; returns whether it was stored. */
    public boolean store(Long agentId, YearMonth month, MonthlyPay pay, Long jobExecution) {
        PayStatement statement = em.createQuery("select s from PayStatement s where s.agent.id = :a and s.month = :m", PayStatement.class)
                .setParameter("a", agentId).setParameter("m", month.atDay(1)).getResultStream().findFirst().orElse(null);
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

    List<CommissionPlan> plansFor(YearMonth month) {
        return em.createQuery("select p from CommissionPlan p where p.validFrom <= :end and (p.validTo is null or p.validTo >= :start)"
                        + " order by p.client.name, p.name", CommissionPlan.class)
                .setParameter("start", month.atDay(1)).setParameter("end", month.atEndOfMonth()).getResultList();
    }

    /** Sales that count for pay: recorded in the month, not cancelled, to a contact with the campaign's consent. */
    @SuppressWarnings("unchecked")
    private List<Object[]> consentedSales(Long agentId, YearMonth month) {
        return em.createQuery("select s.campaign.client.id, s.campaign.id, s.total from Sale s where s.agent.id = :a"
                        + " and " + it.cuffia.outbound.domain.Sale.EARNS_COMMISSION_JPQL.formatted("s")
                        + " and s.soldAt >= :f and s.soldAt < :t")
                .setParameter("a", agentId)
                .setParameter("f", month.atDay(1).atStartOfDay(it.cuffia.shared.domain.Zones.ROME).toInstant())
                .setParameter("t", month.plusMonths(1).atDay(1).atStartOfDay(it.cuffia.shared.domain.Zones.ROME).toInstant())
                .getResultList();
    }

    private static CommissionRules.Month monthOf(CommissionPlan plan, List<KpiTally> tallies, List<Object[]> sales) {
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
        for (Object[] sale : sales) {
            if (plan.coversWorkFor((Long) sale[0], (Long) sale[1])) {
                amounts.add(((it.cuffia.shared.domain.Money) sale[2]).amount());
            }
        }
        Map<String, Optional<BigDecimal>> values = new HashMap<>();
        counters.values().forEach((kpi, value) -> values.put(kpi.name(), value));
        return new CommissionRules.Month(units, amounts, values);
    }

}
