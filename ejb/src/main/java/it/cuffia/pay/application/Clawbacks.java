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
        Optional<PayStatement> paidIn = calculation.statementOf(agentId, soldIn).filter(PayStatement::isApproved);
        if (paidIn.isEmpty()) {
            calculation.refreshDraft(agentId, soldIn);
            return;
        }
        BigDecimal owed = calculation.stillToClawBack(paidIn.get());
        if (owed.signum() > 0) {
            YearMonth target = calculation.nextOpenMonth(agentId, soldIn);
            em.persist(PayAdjustment.clawback(sale.getAgent(), target, owed, sale.getId(), soldIn, sale.getCancelReason(),
                    sale.getCancelledBy(), clock.instant()));
            calculation.refreshDraft(agentId, target);
        }
    }
}
