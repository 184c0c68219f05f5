package it.cuffia.crm.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VatNumberTest {

    @Test
    void theLastDigitChecksTheFirstTen() {
        assertTrue(VatNumber.isValid("01234567897"));
        assertTrue(VatNumber.isValid("09876543217"));
        assertFalse(VatNumber.isValid("01234567891"), "the check digit of a walk-through's made-up number");
        assertFalse(VatNumber.isValid("01234567879"), "two neighbours swapped");
    }

    @Test
    void itIsElevenDigits() {
        assertFalse(VatNumber.isValid(null));
        assertFalse(VatNumber.isValid("0123456789"));
        assertFalse(VatNumber.isValid("IT01234567897"));
        assertFalse(VatNumber.isValid("0123456789A"));
    }
}
