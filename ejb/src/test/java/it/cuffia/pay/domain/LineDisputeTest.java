package it.cuffia.pay.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineDisputeTest {

    private static final Instant AT = Instant.parse("2026-03-05T09:00:00Z");
    private final AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));
    private final PayStatement statement = statement();

    private PayStatement statement() {
        PayStatement s = new PayStatement(agent, YearMonth.of(2026, 2));
        s.recompute(new MonthlyPay().plan(7L, "Piano", List.of(StatementLine.variable("Vendite", BigDecimal.ONE, null, new BigDecimal("7.50")))),
                AT, null);
        s.approve("supervisore1", AT);
        return s;
    }

    @Test
    void aDisputeNeedsACommentAndAnAnswerAReasonAndAnAcceptanceAnAmount() {
        assertEquals("pay.dispute.comment", assertThrows(DomainException.class,
                () -> new LineDispute(statement, statement.line(1), "Vendite", "  ", AT)).getMessageKey());
        assertEquals("pay.dispute.line", assertThrows(DomainException.class, () -> statement.line(9)).getMessageKey());
        LineDispute dispute = new LineDispute(statement, statement.line(1), "Vendite", " Manca la vendita del 12 ", AT);
        assertEquals("Manca la vendita del 12", dispute.getComment());
        assertTrue(dispute.isOpen());
        assertEquals("pay.dispute.reason", assertThrows(DomainException.class,
                () -> dispute.accept(Money.euro("7.50"), "", "supervisore1", AT)).getMessageKey());
        assertEquals("pay.dispute.amount", assertThrows(DomainException.class,
                () -> dispute.accept(Money.euro("0.00"), "Vendita verificata", "supervisore1", AT)).getMessageKey());
        assertTrue(dispute.isOpen(), "a refused answer leaves it open");

        dispute.accept(Money.euro("7.50"), "Vendita verificata", "supervisore1", AT);
        assertEquals(LineDispute.Status.ACCEPTED, dispute.getStatus());
        assertEquals(Money.euro("7.50"), dispute.getAdjustment());
        assertFalse(dispute.isOpen());
        assertEquals("pay.dispute.answered", assertThrows(DomainException.class,
                () -> dispute.reject("Ci ho ripensato", "supervisore2", AT)).getMessageKey());
    }

    @Test
    void anAcceptedDisputeBecomesAnAdjustmentLineOfItsOwnKind() {
        PayAdjustment adjustment = PayAdjustment.forDispute(agent, YearMonth.of(2026, 3), Money.euro("7.50"), 5L, YearMonth.of(2026, 2),
                "Vendita verificata", "supervisore1", AT);
        StatementLine line = adjustment.toLine();
        assertEquals(StatementLine.Kind.ADJUSTMENT, line.kind());
        assertEquals("dispute|5|2026-02", line.rule());
        assertEquals(5L, PayAdjustment.referenceOf(line.rule()));
        MonthlyPay pay = new MonthlyPay().adjustments(List.of(adjustment));
        assertEquals(new BigDecimal("7.50"), pay.adjustment());
        assertEquals(new BigDecimal("0.00"), pay.variable());
        assertEquals(new BigDecimal("7.50"), pay.total());
    }
}
