package it.cuffia.pay.application;

import it.cuffia.outbound.application.SaleCancelled;
import it.cuffia.outbound.domain.Sale;
import it.cuffia.pay.domain.PayAdjustment;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.shared.domain.Zones;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What a cancelled sale does to pay, in the transaction that cancels it. Its month still a draft: the
 * draft is recomputed and the sale earns nothing there. Its month approved: approved statements never
 * change, so what the sale earned comes back as a clawback line in the agent's next month not yet approved.
 */
@Stateless
public class Clawbacks {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private StatementCalculation calculation;

    @Inject
    private Clock clock;

    public void onCancelled(@Observes SaleCancelled event) {
        Sale sale = em.find(Sale.class, event.saleId());
        Long agentId = sale.getAgent().getId();
        YearMonth soldIn = YearMonth.from(sale.getSoldAt().atZone(Zones.ROME));
        Optional<PayStatement> paidIn = statementOf(agentId, soldIn).filter(PayStatement::isApproved);
        if (paidIn.isEmpty()) {
            refreshDraft(agentId, soldIn);
            return;
        }
        BigDecimal owed = calculation.stillToClawBack(paidIn.get());
        if (owed.signum() > 0) {
            YearMonth target = nextOpenMonth(agentId, soldIn);
            em.persist(PayAdjustment.clawback(sale.getAgent(), target, owed, sale.getId(), soldIn, sale.getCancelReason(),
                    sale.getCancelledBy(), clock.instant()));
            refreshDraft(agentId, target);
        }
    }

    private YearMonth nextOpenMonth(Long agentId, YearMonth paid) {
        YearMonth month = paid.plusMonths(1);
        while (statementOf(agentId, month).map(PayStatement::isApproved).orElse(false)) {
            month = month.plusMonths(1);
        }
        return month;
    }

    /** A draft already computed would otherwise be approved as it was; a month not computed yet will include it. */
    private void refreshDraft(Long agentId, YearMonth month) {
        statementOf(agentId, month).filter(s -> !s.isApproved())
                .ifPresent(s -> s.recompute(calculation.compute(agentId, month), clock.instant(), s.getJobExecution()));
    }

    private Optional<PayStatement> statementOf(Long agentId, YearMonth month) {
        return em.createQuery("select s from PayStatement s where s.agent.id = :a and s.month = :m", PayStatement.class)
                .setParameter("a", agentId).setParameter("m", month.atDay(1)).getResultStream().findFirst();
    }
}
