package it.cuffia.outbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.ConsentPurpose;
import java.util.Optional;
import java.util.Set;
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

    /** Issue 13 §1.4: a campaign requiring a consent warns at mapping when no column carries that consent. */
    @Test
    void aRequiredConsentWarnsAtMappingUnlessItsFieldIsMapped() {
        assertFalse(LeadField.consentUnmapped(null, Set.of()), "no consent required, no warning");
        assertTrue(LeadField.consentUnmapped(ConsentPurpose.MARKETING, Set.of(LeadField.PHONE, LeadField.LAST_NAME)));
        assertTrue(LeadField.consentUnmapped(ConsentPurpose.MARKETING, Set.of(LeadField.CONSENT_SURVEY)), "another consent is not this one");
        assertFalse(LeadField.consentUnmapped(ConsentPurpose.MARKETING, Set.of(LeadField.CONSENT_MARKETING)));
        assertFalse(LeadField.consentUnmapped(ConsentPurpose.SURVEY, Set.of(LeadField.CONSENT_SURVEY)));
        assertTrue(LeadField.consentUnmapped(ConsentPurpose.PROFILING, Set.of(LeadField.CONSENT_MARKETING, LeadField.CONSENT_SURVEY)),
                "a file cannot carry a profiling consent");
    }
}
