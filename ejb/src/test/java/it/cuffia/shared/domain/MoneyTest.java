package it.cuffia.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreRoundedHalfEvenToTheCent() {
        assertEquals(new BigDecimal("0.12"), Money.euro("0.125").amount());
        assertEquals(new BigDecimal("0.14"), Money.euro("0.135").amount());
        assertEquals(new BigDecimal("10.00"), Money.euro("10").amount());
    }

    @Test
    void multiplicationRoundsOnce() {
        assertEquals(Money.euro("0.33"), Money.euro("1.00").times(new BigDecimal("0.3333333")));
        assertEquals(Money.euro("3.00"), Money.euro("1.00").plus(Money.euro("2.00")));
    }

    @Test
    void italianPeopleReadEuroTheItalianWay() {
        assertEquals("1.450,50 €", Money.euro("1450.5").format(Locale.ITALY).replace('\u00a0', ' '));
    }

    @Test
    void anEnteredAmountWithFractionsOfACentIsRefusedNotRounded() {
        DomainException refused = assertThrows(DomainException.class, () -> Money.entered(new BigDecimal("0.001")));
        assertEquals("money.cents", refused.getMessageKey());
        assertEquals(Money.euro("12.50"), Money.entered(new BigDecimal("12.500")));
        assertEquals(Money.euro("7"), Money.entered(new BigDecimal("7")));
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertEquals(Money.euro("5"), Money.euro("5.000"));
    }
}
