package it.cuffia.crm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
            "347 123 4567,       +393471234567, MOBILE",
            "+39 347 1234567,    +393471234567, MOBILE",
            "0039 3471234567,    +393471234567, MOBILE",
            "347-123-4567,       +393471234567, MOBILE",
            "02 1234 5678,       +390212345678, LANDLINE",
            "06 12345678,        +390612345678, LANDLINE",
            "+41 44 668 18 00,   +41446681800,  LANDLINE"})
    void numbersAreStoredInE164ReadAsItalianWithoutAPrefix(String typed, String e164, PhoneNumber.Kind kind) {
        PhoneNumber number = PhoneNumber.parse(typed);

        assertEquals(e164, number.e164());
        assertEquals(kind, number.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "abc", "347 12", "+39 999 999 999 999 999"})
    void impossibleNumbersAreRefusedWithTheirOwnMessage(String typed) {
        DomainException refused = assertThrows(DomainException.class, () -> PhoneNumber.parse(typed));

        assertEquals("phone.invalid", refused.getMessageKey());
        assertEquals(typed, refused.getArguments()[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyNumberIsRequired(String typed) {
        assertEquals("phone.required", assertThrows(DomainException.class, () -> PhoneNumber.parse(typed)).getMessageKey());
    }

    @org.junit.jupiter.api.Test
    void peopleReadTheInternationalFormat() {
        assertEquals("+39 347 123 4567", PhoneNumber.parse("3471234567").international());
    }
}
