package it.cuffia.pay.application;

import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.pay.domain.LineDispute;
import it.cuffia.pay.domain.PayAdjustment;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.PayStatementLine;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.ForbiddenException;
import it.cuffia.shared.domain.Money;
import it.cuffia.shared.domain.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Disputes of statement lines: the agent raises one on their own statement; the supervisors of the agent's
 * team (or an admin) answer it. Who may read a statement is {@link PayService#statement}'s rule.
 */
@Stateless
public class PayDisputes {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private PayService pay;

    @Inject
    private StatementCalculation calculation;

    @Inject
    private Clock clock;

    /** The statement's disputes, oldest first, for whoever may read the statement. */
    public List<LineDispute> of(Long statementId) {
        PayStatement statement = pay.statement(statementId);
        return em.createQuery("select d from LineDispute d where d.statement = :s order by d.raisedAt, d.id", LineDispute.class)
                .setParameter("s", statement).getResultList();
    }

    /** The agent contests a line of their own statement; one open dispute per line. */
    public LineDispute raise(Long statementId, int lineNo, String lineText, String comment) {
        Caller caller = callers.caller();
        PayStatement statement = pay.statement(statementId);
        if (!statement.getAgent().getId().equals(caller.userId())) {
            throw new ForbiddenException();
        }
        PayStatementLine line = statement.line(lineNo);
        boolean open = em.createQuery("select count(d) from LineDispute d where d.statement = :s and d.lineNo = :n and d.status = :o", Long.class)
                .setParameter("s", statement).setParameter("n", lineNo).setParameter("o", LineDispute.Status.OPEN).getSingleResult() > 0;
        if (open) {
            throw new DomainException("pay.dispute.alreadyOpen");
        }
        LineDispute dispute = new LineDispute(statement, line, lineText, comment, clock.instant());
        em.persist(dispute);
        return dispute;
    }

    /** Grants (or takes) {@code amount} in the agent's next open month after the disputed one, with the reason. */
    public LineDispute accept(Long disputeId, BigDecimal amount, String reason) {
        Caller caller = reviewer();
        LineDispute dispute = open(disputeId);
        dispute.accept(amount == null ? null : Money.entered(amount), reason, caller.username(), clock.instant());
        PayStatement statement = dispute.getStatement();
        Long agentId = statement.getAgent().getId();
        YearMonth target = calculation.nextOpenMonth(agentId, statement.getMonth());
        em.persist(PayAdjustment.forDispute(statement.getAgent(), target, dispute.getAdjustment(), dispute.getId(), statement.getMonth(),
                dispute.getAnswer(), caller.username(), clock.instant()));
        calculation.refreshDraft(agentId, target);
        return dispute;
    }

    public LineDispute reject(Long disputeId, String reason) {
        Caller caller = reviewer();
        LineDispute dispute = open(disputeId);
        dispute.reject(reason, caller.username(), clock.instant());
        return dispute;
    }

    /** Locked, so two supervisors answering at once give one answer; the statement's reading rule applies. */
    private LineDispute open(Long disputeId) {
        LineDispute dispute = em.find(LineDispute.class, disputeId, LockModeType.PESSIMISTIC_WRITE);
        if (dispute == null) {
            throw new NotFoundException("dispute", disputeId);
        }
        PayStatement statement = pay.statement(dispute.getStatement().getId());
        if (statement.getAgent().getId().equals(callers.caller().userId())) {
            throw new ForbiddenException(); // nobody answers their own dispute
        }
        return dispute;
    }

    private Caller reviewer() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return caller;
    }
}
