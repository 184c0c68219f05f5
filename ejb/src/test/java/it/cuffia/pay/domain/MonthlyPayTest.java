package it.cuffia.pay.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthlyPayTest {

    @Test
    void aMonthIsClosedOnceItIsOverNeverWhileItRunsOrBeforeItStarts() {
        LocalDate firstOfMarch = LocalDate.of(2026, 3, 1);
        assertDoesNotThrow(() -> MonthlyPay.requireOver(YearMonth.of(2026, 2), firstOfMarch));
        assertDoesNotThrow(() -> MonthlyPay.requireOver(YearMonth.of(2025, 11), firstOfMarch));
        assertEquals("pay.monthClose.notOver", assertThrows(DomainException.class,
                () -> MonthlyPay.requireOver(YearMonth.of(2026, 3), LocalDate.of(2026, 3, 31))).getMessageKey());
        assertEquals("pay.monthClose.notOver", assertThrows(DomainException.class,
                () -> MonthlyPay.requireOver(YearMonth.of(2030, 1), firstOfMarch)).getMessageKey());
    }
}
