package it.cuffia.pay.application;

import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.application.SecurityAudit;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SecurityEventKind;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.pay.domain.CommissionPlan;
import it.cuffia.pay.domain.CommissionRule;
import it.cuffia.pay.domain.MonthlyPay;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.StatementStatus;
import it.cuffia.pay.infrastructure.PayrollCsv;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.ForbiddenException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.ejb.Stateless;
import it.cuffia.identity.domain.Agent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Map;

/**
 * Commission plans (admins), statements and their approval (supervisors: of their own teams only,
 * {@link Caller#teams()}), agents' own pay.
 */
@Stateless
public class PayService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;
    @Inject
    private CallerContext callers;
    @Inject
    private StatementCalculation calculation;
    @Inject
    private Clock clock;
    @Inject
    private SecurityAudit audit;

    // ---- plans

    public List<CommissionPlan> plans() {
        callers.caller().require(Role.ADMIN, Role.SUPERVISOR);
        return em.createQuery("select p from CommissionPlan p order by p.client.name, p.name, p.validFrom", CommissionPlan.class).getResultList();
    }

    public CommissionPlan plan(Long id) {
        callers.caller().require(Role.ADMIN, Role.SUPERVISOR);
        CommissionPlan plan = em.find(CommissionPlan.class, id);
        if (plan == null) {
            throw new NotFoundException("plan", id);
        }
        plan.getRules().size();
        return plan;
    }

    public CommissionPlan create(PlanData data) {
        callers.caller().require(Role.ADMIN);
        Client client = data.clientId() == null ? null : em.find(Client.class, data.clientId());
        if (client == null) {
            throw new DomainException("pay.plan.client");
        }
        CommissionPlan plan = new CommissionPlan(data.name(), client, campaign(data.campaignId()), data.from(), data.to(), data.monthlyCap());
        requireNoOverlap(plan);
        em.persist(plan);
        return plan;
    }

    public CommissionPlan update(Long id, PlanData data) {
        callers.caller().require(Role.ADMIN);
        CommissionPlan plan = editable(id);
        plan.change(data.name(), campaign(data.campaignId()), data.from(), data.to(), data.monthlyCap());
        requireNoOverlap(plan);
        requireUnlocked(plan);
        return plan;
    }

    public CommissionPlan addRule(Long planId, CommissionRule.RuleData data) {
        callers.caller().require(Role.ADMIN);
        CommissionPlan plan = editable(planId);
        plan.addRule(data);
        return plan;
    }

    public CommissionPlan changeRule(Long planId, Long ruleId, CommissionRule.RuleData data) {
        callers.caller().require(Role.ADMIN);
        CommissionPlan plan = editable(planId);
        plan.changeRule(ruleId, data);
        return plan;
    }

    public CommissionPlan removeRule(Long planId, Long ruleId) {
        callers.caller().require(Role.ADMIN);
        CommissionPlan plan = editable(planId);
        plan.removeRule(ruleId);
        return plan;
    }

    /** Ends the plan the month before {@code from} and opens a copy from then: the way to change an approved plan. */
    public CommissionPlan newVersion(Long planId, YearMonth from) {
        callers.caller().require(Role.ADMIN);
        CommissionPlan plan = em.find(CommissionPlan.class, planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        CommissionPlan next = plan.newVersionFrom(from);
        if (approvedStatementsPaidBy(plan, from.atDay(1)) > 0) {
            throw new DomainException("pay.plan.locked", from);
        }
        em.persist(next);
        return next;
    }

    /** A plan whose months hold approved statements is locked: those statements were paid by it. */
    private CommissionPlan editable(Long id) {
        CommissionPlan plan = em.find(CommissionPlan.class, id);
        if (plan == null) {
            throw new NotFoundException("plan", id);
        }
        requireUnlocked(plan);
        return plan;
    }

    private void requireUnlocked(CommissionPlan plan) {
        if (plan.getId() != null && approvedStatementsPaidBy(plan, null) > 0) {
            throw new DomainException("pay.plan.locked", YearMonth.from(plan.getValidFrom()));
        }
    }

    /**
     * Approved statements with a line of this plan (from the given month on; null: any month). Only they lock
     * the plan: another client's approved statements of the same month do not.
     */
    private long approvedStatementsPaidBy(CommissionPlan plan, LocalDate from) {
        var query = em.createQuery("select count(distinct l.statement) from PayStatementLine l where l.planId = :p "
                        + "and l.statement.status = :a" + (from == null ? "" : " and l.statement.month >= :f"), Long.class)
                .setParameter("p", plan.getId()).setParameter("a", StatementStatus.APPROVED);
        return (from == null ? query : query.setParameter("f", from)).getSingleResult();
    }

    private void requireNoOverlap(CommissionPlan plan) {
        for (CommissionPlan other : em.createQuery("select p from CommissionPlan p where p.client = :c", CommissionPlan.class)
                .setParameter("c", plan.getClient()).getResultList()) {
            if (!other.equals(plan) && other != plan && plan.overlaps(other)) {
                throw new DomainException("pay.plan.overlap", other.getName(), other.getValidFrom());
            }
        }
    }

    private Campaign campaign(Long id) {
        if (id == null) return null;
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("campaign", id);
        }
        return campaign;
    }

    // ---- statements

    /** The month's statements of the agents of the caller's teams (every team for admins). */
    public Page<PayStatement> statements(YearMonth month, PageRequest request) {
        Caller caller = reviewer();
        return PagedQuery.of(em, PayStatement.class)
                .searchable("agent", "agent.username")
                .field("status", "status")
                .field("total", "total")
                .field("agent", "agent.username")
                .where((cb, root) -> cb.equal(root.get("month"), month.atDay(1)))
                .where(Tenancy.ofTeams(caller.teams(), "agent"))
                .orderBy("agent")
                .run(request);
    }

    /**
     * One statement: an agent reads their own (another agent's is refused), a supervisor those of their
     * teams' agents (another team's does not exist for them), an admin every one.
     */
    public PayStatement statement(Long id) {
        Caller caller = callers.caller();
        PayStatement statement = em.find(PayStatement.class, id);
        boolean reviewer = caller.is(Role.ADMIN) || caller.is(Role.SUPERVISOR);
        if (statement == null || reviewer && !statement.getAgent().getId().equals(caller.userId())
                && !caller.teams().allows(teamOf(statement))) {
            throw new NotFoundException("statement", id);
        }
        if (!reviewer && !statement.getAgent().getId().equals(caller.userId())) {
            throw new ForbiddenException();
        }
        statement.getLines().size();
        return statement;
    }

    /** The statement's agent's employee code for the payroll office, or null (the PDF heading names it). */
    public String employeeCodeOf(PayStatement statement) {
        return em.createQuery("select a.employeeCode from Agent a where a.user = :u", String.class)
                .setParameter("u", statement.getAgent()).getResultStream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private Long teamOf(PayStatement statement) {
        return Tenancy.teamOf(em, statement.getAgent());
    }

    public PayStatement approve(Long id) {
        Caller caller = reviewer();
        PayStatement statement = statement(id);
        statement.approve(caller.username(), clock.instant());
        audited(statement);
        return statement;
    }

    /** An approval is what pays an agent: the security log keeps who approved whose month. */
    private void audited(PayStatement statement) {
        audit.changed(SecurityEventKind.STATEMENT_APPROVED, statement.getAgent().getUsername(),
                statement.getMonth() + " (#" + statement.getId() + ")");
    }

    /** Approves every draft of the month of the caller's teams; returns how many. */
    public int approveAll(YearMonth month) {
        Caller caller = reviewer();
        List<PayStatement> drafts = Tenancy.bindTeams(em.createQuery("select s from PayStatement s where s.month = :m and s.status = :d and "
                        + Tenancy.teamsJpql(caller.teams(), "s.agent.id"), PayStatement.class), caller.teams())
                .setParameter("m", month.atDay(1)).setParameter("d", StatementStatus.DRAFT).getResultList();
        drafts.forEach(s -> {
            s.approve(caller.username(), clock.instant());
            audited(s);
        });
        return drafts.size();
    }

    /** Recomputes one draft from the stored KPIs now; refused with a message once approved. */
    public PayStatement recompute(Long id) {
        reviewer();
        PayStatement statement = statement(id);
        if (statement.isApproved()) {
            throw new DomainException("pay.statement.approved", statement.getAgent().getFullName(), statement.getMonth());
        }
        MonthlyPay pay = calculation.compute(statement.getAgent().getId(), statement.getMonth());
        statement.recompute(pay, clock.instant(), null);
        return statement;
    }

    public List<PayStatement> mine() {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        return em.createQuery("select s from PayStatement s where s.agent.id = :a order by s.month desc", PayStatement.class)
                .setParameter("a", caller.userId()).setMaxResults(24).getResultList();
    }

    /** The calling agent's month so far, with today's work computed now; never stored. */
    public MonthlyPay myEstimate() {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        return calculation.estimate(caller.userId());
    }

    /** The payroll rows: every approved statement of the month, of the caller's teams, with its agent's code and contract. */
    public List<PayrollRow> payroll(YearMonth month) {
        Caller caller = reviewer();
        List<PayStatement> approved = Tenancy.bindTeams(em.createQuery("select s from PayStatement s join fetch s.agent where s.month = :m"
                        + " and s.status = :a and " + Tenancy.teamsJpql(caller.teams(), "s.agent.id") + " order by s.agent.username",
                        PayStatement.class), caller.teams())
                .setParameter("m", month.atDay(1)).setParameter("a", StatementStatus.APPROVED).getResultList();
        if (approved.isEmpty()) {
            return List.of();
        }
        // the agents and their contracts in one query, not one per row
        Map<Long, Agent> agents = em.createQuery("select distinct a from Agent a left join fetch a.contracts where a.user.id in :u", Agent.class)
                .setParameter("u", approved.stream().map(s -> s.getAgent().getId()).toList()).getResultStream()
                .collect(Collectors.toMap(a -> a.getUser().getId(), a -> a));
        return approved.stream().map(s -> PayrollRow.of(s, Optional.ofNullable(agents.get(s.getAgent().getId())))).toList();
    }

    public byte[] payrollCsv(YearMonth month) {
        return PayrollCsv.write(payroll(month));
    }

    /** How many drafts of the month the caller could approve. */
    public long drafts(YearMonth month) {
        Caller caller = reviewer();
        return Tenancy.bindTeams(em.createQuery("select count(s) from PayStatement s where s.month = :m and s.status = :d and "
                        + Tenancy.teamsJpql(caller.teams(), "s.agent.id"), Long.class), caller.teams())
                .setParameter("m", month.atDay(1)).setParameter("d", StatementStatus.DRAFT).getSingleResult();
    }

    private Caller reviewer() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return caller;
    }
}
