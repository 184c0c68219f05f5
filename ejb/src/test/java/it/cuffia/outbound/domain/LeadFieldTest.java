package it.cuffia.outbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadFieldTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nome|FIRST_NAME", "  FIRST-NAME |FIRST_NAME", "Ragione Sociale|LAST_NAME", "Last_Name|LAST_NAME",
            "Cellulare|PHONE", "phone_number|PHONE", "E-Mail|EMAIL", "e_mail|EMAIL", "Via|STREET",
            "CITTÀ|CITY", "Località|CITY", "C.A.P.|POSTCODE", "Zip|POSTCODE", "Prov.|PROVINCE", "fuso-orario|TIME_ZONE",
            "Priorità|PRIORITY", "Consenso Marketing|CONSENT_MARKETING", "consenso-sondaggi|CONSENT_SURVEY",
            "ID cliente|EXTERNAL_REF", "Note|NOTES", "colore preferito|"})
    void headersAreMatchedByAliasIgnoringCaseSpacesAndSeparators(String header, LeadField expected) {
        assertEquals(Optional.ofNullable(expected), LeadField.forHeader(header));
    }

    @Test
    void onlySurnameAndPhoneAreRequired() {
        for (LeadField field : LeadField.values()) {
            assertEquals(field == LeadField.LAST_NAME || field == LeadField.PHONE, field.required(), field.name());
        }
    }

    @Test
    void aliasesAreLowercase() {
        for (LeadField field : LeadField.values()) {
            assertFalse(field.headerAliases().isEmpty());
            assertTrue(field.headerAliases().stream().allMatch(alias -> alias.equals(alias.toLowerCase())));
        }
    }
}
