package it.cuffia.outbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.shared.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadRowReaderTest {

    // Columns in enum order: one per field.
    private static final LeadRowReader READER = new LeadRowReader(allFields());

    @Test
    void aCompleteItalianRow() {
        LeadRow row = accepted(line(7, " Mario ", "Rossi", "347 123 4567", "mario.rossi@example.it", "Via Roma 1",
                "Milano", "20121", "mi", "", "", "sì", "no", "C-0042"));

        assertEquals(new LeadRow(7, "Mario", "Rossi", new PhoneNumber("+393471234567", PhoneNumber.Kind.MOBILE),
                "mario.rossi@example.it", "Via Roma 1", "Milano", "20121", "MI", ZoneId.of("Europe/Rome"), 5,
                true, false, "C-0042"), row);
    }

    @Test
    void aLandlineWithTheInternationalPrefixAndTheDefaultsForOptionalFields() {
        LeadRow row = accepted(line(3, "", "Bianchi Srl", "0039 02 1234 5678"));

        assertEquals("+390212345678", row.phone().e164());
        assertNull(row.firstName());
        assertNull(row.email());
        assertNull(row.province());
        assertEquals(ZoneId.of("Europe/Rome"), row.timeZone());
        assertEquals(5, row.priority());
        assertFalse(row.consentMarketing());
        assertFalse(row.consentSurvey());
    }

    @Test
    void aForeignTimeZoneAndPriority() {
        LeadRow row = accepted(with(LeadField.TIME_ZONE, "America/New_York", with(LeadField.PRIORITY, "9", valid())));

        assertEquals(ZoneId.of("America/New_York"), row.timeZone());
        assertEquals(9, row.priority());
    }

    @Test
    void anImpossibleNumberIsRejectedWithItsLineAndText() {
        assertEquals(new LeadRowRejection(12, "leads.row.phoneInvalid", List.of("12345")),
                READER.read(line(12, "Mario", "Rossi", "12345")));
    }

    @Test
    void aMissingSurnameIsRejected() {
        assertEquals(new LeadRowRejection(4, "leads.row.required", List.of("LAST_NAME")),
                READER.read(line(4, "Mario", "  ", "3471234567")));
    }

    @Test
    void aShortRowHasBlankValuesSoTheRequiredCheckApplies() {
        assertEquals(new LeadRowRejection(5, "leads.row.required", List.of("PHONE")),
                READER.read(line(5, "Mario", "Rossi")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EMAIL|mario.rossi@|leads.row.emailInvalid",
            "EMAIL|mario rossi@example.it|leads.row.emailInvalid",
            "PROVINCE|Milano|leads.row.provinceInvalid",
            "PROVINCE|M1|leads.row.provinceInvalid",
            "TIME_ZONE|Europe/Milano|leads.row.timeZoneInvalid",
            "PRIORITY|10|leads.row.priorityInvalid",
            "PRIORITY|alta|leads.row.priorityInvalid",
            "PRIORITY|-1|leads.row.priorityInvalid"})
    void badValuesAreRejectedWithTheText(LeadField field, String value, String reasonKey) {
        assertEquals(new LeadRowRejection(2, reasonKey, List.of(value)), READER.read(with(field, value, valid())));
    }

    @Test
    void aConsentThatIsNeitherYesNorNoIsRejected() {
        assertEquals(new LeadRowRejection(2, "leads.row.consentInvalid", List.of("CONSENT_SURVEY", "forse")),
                READER.read(with(LeadField.CONSENT_SURVEY, "forse", valid())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sì", "SI", "s", "Yes", "y", "TRUE", "1", "x", "X"})
    void consentYes(String typed) {
        assertTrue(accepted(with(LeadField.CONSENT_MARKETING, typed, valid())).consentMarketing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"No", "n", "false", "0", "", "  "})
    void consentNo(String typed) {
        assertFalse(accepted(with(LeadField.CONSENT_MARKETING, typed, valid())).consentMarketing());
    }

    @Test
    void textsLongerThanTheirColumnsAreRejectedWithTheLimit() {
        assertEquals(new LeadRowRejection(2, "leads.row.tooLong", List.of("CITY", "80")),
                READER.read(with(LeadField.CITY, "x".repeat(81), valid())));
        assertEquals(new LeadRowRejection(2, "leads.row.tooLong", List.of("POSTCODE", "10")),
                READER.read(with(LeadField.POSTCODE, "12345678901", valid())));
        assertEquals("x".repeat(60), accepted(with(LeadField.EXTERNAL_REF, " " + "x".repeat(60) + " ", valid())).externalRef());
    }

    @Test
    void theFirstProblemInFieldOrderIsTheReason() {
        CsvLine line = with(LeadField.PROVINCE, "Milano", with(LeadField.EMAIL, "bad", valid()));

        assertEquals("leads.row.emailInvalid", assertInstanceOf(LeadRowRejection.class, READER.read(line)).reasonKey());
    }

    @Test
    void aMappingWithoutARequiredFieldIsRefused() {
        Map<LeadField, Integer> mapping = new EnumMap<>(LeadField.class);
        mapping.put(LeadField.FIRST_NAME, 0);
        mapping.put(LeadField.PHONE, 1);

        DomainException refused = assertThrows(DomainException.class, () -> new LeadRowReader(mapping));

        assertEquals("leads.mapping.missing", refused.getMessageKey());
        assertEquals("LAST_NAME", refused.getArguments()[0]);
    }

    @Test
    void fromFileToLeadsWithTheGuessedMapping() {
        LeadFile file = LeadFile.of("""
                Nome;Cognome;Telefono;Città;Provincia;Note
                Mario;Rossi;347 123 4567;Milano;MI;chiamare dopo le 18
                Anna;;02 1234 5678;Milano;MI;
                """.getBytes(StandardCharsets.UTF_8), null, null);
        LeadRowReader reader = new LeadRowReader(file.guessMapping());

        List<LeadRowResult> results = file.rows().map(reader::read).toList();

        assertEquals("+393471234567", assertInstanceOf(LeadRow.class, results.get(0)).phone().e164());
        assertEquals(new LeadRowRejection(3, "leads.row.required", List.of("LAST_NAME")), results.get(1));
    }

    private static LeadRow accepted(CsvLine line) {
        return assertInstanceOf(LeadRow.class, READER.read(line));
    }

    private static CsvLine valid() {
        return line(2, "Mario", "Rossi", "3471234567");
    }

    private static CsvLine with(LeadField field, String value, CsvLine line) {
        List<String> values = new ArrayList<>(line.values());
        while (values.size() <= field.ordinal()) {
            values.add("");
        }
        values.set(field.ordinal(), value);
        return new CsvLine(line.lineNumber(), values);
    }

    private static CsvLine line(long number, String... values) {
        return new CsvLine(number, Arrays.asList(values));
    }

    private static Map<LeadField, Integer> allFields() {
        Map<LeadField, Integer> mapping = new EnumMap<>(LeadField.class);
        for (LeadField field : LeadField.values()) {
            mapping.put(field, field.ordinal());
        }
        return mapping;
    }
}
