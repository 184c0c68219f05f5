package it.cuffia.pay.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClawbackTest {

    private static final Instant APPROVED = Instant.parse("2026-11-03T10:00:00Z");
    private final AppUser agent = new AppUser("operatore99", "Luca", "Rossi", Set.of(Role.AGENT));

    @Test
    void theMonthsSalesSayWhichPaidAndWhyTheOthersDidNot() {
        List<SaleFact> sales = List.of(
                sale(1, "120.00", true, null),
                sale(2, "80.00", true, null),
                sale(3, "999.99", false, null),
                sale(4, "500.00", true, Instant.parse("2026-10-20T08:00:00Z")));
        SalesOfMonth month = SalesOfMonth.of(sales);
        assertEquals(new SalesOfMonth(4, 2, 1, new BigDecimal("999.99"), 1, new BigDecimal("500.00")), month);
        assertEquals("4;2;1;999.99;1;500.00", month.encode());
        assertEquals(month, SalesOfMonth.parse(month.encode()));

        CommissionRules rules = new CommissionRules(List.of(), List.of(new CommissionRules.PerSale("Vendite", new BigDecimal("10.00"),
                new BigDecimal("5"))), List.of(), List.of(), null);
        List<BigDecimal> earning = sales.stream().filter(SaleFact::earns).map(SaleFact::total).toList();
        StatementLine line = month.explain(rules.apply(new CommissionRules.Month(Map.of(), earning, Map.of()))).get(0);
        // 2 × 10.00 + 5 % of (120.00 + 80.00) = 30.00
        assertEquals(new BigDecimal("30.00"), line.amount());
        assertEquals(StatementLine.SALES_NOTE, line.note());
        assertEquals("4;2;1;999.99;1;500.00", line.noteArg());
    }

    @Test
    void aGateKeepsItsOwnNoteAndAMonthWhoseSalesAllPaidNeedsNone() {
        CommissionRules gated = new CommissionRules(List.of(), List.of(new CommissionRules.PerSale("Vendite", BigDecimal.TEN, BigDecimal.ZERO)),
                List.of(), List.of(new CommissionRules.Gate("QUALITY", new BigDecimal("80"), Direction.HIGHER_IS_BETTER, Set.of("Vendite"))), null);
        CommissionRules.Month month = new CommissionRules.Month(Map.of(), List.of(new BigDecimal("50.00")),
                Map.of("QUALITY", Optional.of(new BigDecimal("70"))));
        SalesOfMonth oneWithoutConsent = SalesOfMonth.of(List.of(sale(1, "50.00", true, null), sale(2, "60.00", false, null)));
        assertEquals("pay.note.gate", oneWithoutConsent.explain(gated.apply(month)).get(0).note());

        CommissionRules open = new CommissionRules(List.of(), List.of(new CommissionRules.PerSale("Vendite", BigDecimal.TEN, BigDecimal.ZERO)),
                List.of(), List.of(), null);
        SalesOfMonth allPaid = SalesOfMonth.of(List.of(sale(1, "50.00", true, null)));
        assertNull(allPaid.explain(open.apply(month)).get(0).note());
    }

    @Test
    void aSaleCancelledAfterTheApprovalStillEarnedThenButNoLongerEarns() {
        SaleFact cancelledLater = sale(1, "100.00", true, APPROVED.plusSeconds(3600));
        SaleFact cancelledBefore = sale(2, "100.00", true, APPROVED.minusSeconds(3600));
        assertTrue(cancelledLater.earnedWhenApproved(APPROVED));
        assertFalse(cancelledLater.earns());
        assertFalse(cancelledBefore.earnedWhenApproved(APPROVED));
        assertFalse(sale(3, "100.00", false, null).earnedWhenApproved(APPROVED));
    }

    @Test
    void aClawbackIsANegativeLineOfItsOwnKindOutsideTheMonthsCommissions() {
        PayAdjustment clawback = PayAdjustment.clawback(agent, YearMonth.of(2026, 11), new BigDecimal("35.005"), 42L,
                YearMonth.of(2026, 10), "Recesso del cliente", "supervisore1", APPROVED);
        StatementLine line = clawback.toLine();
        assertEquals(StatementLine.Kind.CLAWBACK, line.kind());
        assertEquals(new BigDecimal("-35.00"), line.amount());
        assertEquals(42L, PayAdjustment.referenceOf(line.rule()));
        assertEquals(YearMonth.of(2026, 10), PayAdjustment.paidMonthOf(line.rule()));
        assertEquals(StatementLine.REASON_NOTE, line.note());
        assertEquals("Recesso del cliente", line.noteArg());

        MonthlyPay pay = new MonthlyPay()
                .plan(7L, "Piano", List.of(StatementLine.variable("Vendite", BigDecimal.ONE, null, new BigDecimal("20.00"))))
                .adjustments(List.of(clawback));
        assertEquals(new BigDecimal("20.00"), pay.variable());
        assertEquals(new BigDecimal("-35.00"), pay.clawback());
        assertEquals(new BigDecimal("-15.00"), pay.total());
    }

    private static SaleFact sale(long id, String total, boolean consent, Instant cancelledAt) {
        return new SaleFact(id, 1L, 2L, new BigDecimal(total), consent, cancelledAt);
    }
}
