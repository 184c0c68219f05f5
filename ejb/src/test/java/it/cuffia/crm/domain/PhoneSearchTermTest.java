package it.cuffia.crm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the customer search makes of a text that may be a phone number (CustomerService.page, GET /api/customers?q=). */
class PhoneSearchTermTest {

    @ParameterizedTest
    @ValueSource(strings = {"391 639 8129", "+393916398129", "0039 391 6398129", "3916398129", "+39 391 639 8129",
            "391-639-8129", "391.639.8129", "(391) 639 8129", "  391 6398129  "})
    void aNumberWrittenAnyWayMeansItsE164(String typed) {
        assertEquals("+393916398129", PhoneNumber.searchTerm(typed).orElseThrow().e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rossi", "rossi@example.it", "391", "39163", "Via Roma 12", "Milano 20121", "12 34 56", ""})
    void namesAddressesAndFragmentsAreNoNumber(String typed) {
        assertTrue(PhoneNumber.searchTerm(typed).isEmpty(), typed);
    }

    @org.junit.jupiter.api.Test
    void nothingTypedIsNoNumber() {
        assertTrue(PhoneNumber.searchTerm(null).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void aLandlineIsFoundToo() {
        assertEquals("+390212345678", PhoneNumber.searchTerm("02 1234 5678").orElseThrow().e164());
    }
}
