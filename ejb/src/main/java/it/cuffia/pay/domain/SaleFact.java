package it.cuffia.pay.domain;

import it.cuffia.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;

/** A sale as pay sees it: whose client and campaign, its value, its consent and when its cancellation was recorded. */
public record SaleFact(Long id, Long clientId, Long campaignId, BigDecimal total, boolean consentOk, Instant cancelledAt) {

    /** As JPQL selects it: the sale's total is {@link Money}. */
    public SaleFact(Long id, Long clientId, Long campaignId, Money total, boolean consentOk, Instant cancelledAt) {
        this(id, clientId, campaignId, total.amount(), consentOk, cancelledAt);
    }

    /** Earns a commission now: the twin of {@code Sale.earnsCommission()}. */
    public boolean earns() {
        return consentOk && cancelledAt == null;
    }

    /** Earned when the month was approved: a cancellation recorded later did not take it out of that statement. */
    public boolean earnedWhenApproved(Instant approvedAt) {
        return consentOk && (cancelledAt == null || cancelledAt.isAfter(approvedAt));
    }
}
