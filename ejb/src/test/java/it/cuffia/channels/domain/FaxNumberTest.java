package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.crm.domain.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaxNumberTest {

    @Test
    void theNumberIsReadFromTheGatewaysSubject() {
        assertEquals("+39021234567", FaxNumber.of("Fax from +39 02 1234567", "gateway@fax.example").map(PhoneNumber::e164).orElseThrow());
        assertEquals("+39021234567", FaxNumber.of("Fax da 02 1234567 (2 pagine)", null).map(PhoneNumber::e164).orElseThrow());
    }

    @Test
    void orFromTheSendersAddress() {
        assertEquals("+39021234567", FaxNumber.of("Nuovo fax", "0039021234567@fax.gateway.example").map(PhoneNumber::e164).orElseThrow());
        assertEquals("+39021234567", FaxNumber.of(null, "021234567@fax.gateway.example").map(PhoneNumber::e164).orElseThrow());
    }

    @Test
    void noNumberNoGuess() {
        assertEquals(Optional.empty(), FaxNumber.of("Fax ricevuto, 3 pagine", "fax@gateway.example"));
        assertEquals(Optional.empty(), FaxNumber.of(null, null));
    }
}
