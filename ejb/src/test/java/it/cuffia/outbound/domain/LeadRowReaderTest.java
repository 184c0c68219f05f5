package it.cuffia.outbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.shared.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadRowReaderTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    // Columns in enum order: one per field.
    private static final List<String> HEADERS = Arrays.stream(LeadField.values()).map(Enum::name).toList();
    private static final LeadRowReader READER = new LeadRowReader(HEADERS, allFields(), NOW);

    @Test
    void aCompleteItalianRow() {
        LeadRow row = accepted(line(7, " Mario ", "Rossi", "347 123 4567", "mario.rossi@example.it", "Via Roma 1",
                "Milano", "20121", "mi", "", "", "sì", "no", "", "", "C-0042", ""));

        assertEquals(new LeadRow(7, "Mario", "Rossi", new PhoneNumber("+393471234567", PhoneNumber.Kind.MOBILE),
                "mario.rossi@example.it", "Via Roma 1", "Milano", "20121", "MI", ZoneId.of("Europe/Rome"), 5,
                new LeadConsents(true, false, null, null), "C-0042", null, List.of()), row);
    }

    @Test
    void aBlankRecordIsSkippedWithItsLine() {
        assertEquals(new LeadRowSkipped(9, "leads.row.blank"), READER.read(new CsvLine(9, List.of(""))));
        assertEquals(new LeadRowSkipped(10, "leads.row.blank"),
                READER.read(new CsvLine(10, Collections.nCopies(HEADERS.size(), " "))));
    }

    @Test
    void aRecordWithMoreFieldsThanTheHeaderIsRejectedNotCut() {
        List<String> values = new ArrayList<>(valid().values());
        values.add("in più");

        assertEquals(new LeadRowRejection(2, "leads.row.fieldsMore", List.of(String.valueOf(HEADERS.size() + 1), String.valueOf(HEADERS.size()))),
                READER.read(new CsvLine(2, values)));
    }

    @Test
    void aRecordWithFewerFieldsThanTheHeaderIsRejected() {
        assertEquals(new LeadRowRejection(5, "leads.row.fieldsFewer", List.of("3", String.valueOf(HEADERS.size()))),
                READER.read(new CsvLine(5, List.of("Mario", "Rossi", "3471234567"))));
    }

    @Test
    void notesAreKeptExactlyAsWritten() {
        String notes = " Chiamare \"dopo\" le 18;\r\nnon prima ";

        assertEquals(notes, accepted(with(LeadField.NOTES, notes, valid())).notes());
        assertNull(accepted(with(LeadField.NOTES, "  ", valid())).notes());
        assertEquals(new LeadRowRejection(2, "leads.row.tooLong", List.of("NOTES", "4000")),
                READER.read(with(LeadField.NOTES, "x".repeat(4001), valid())));
    }

    @Test
    void columnsThatAreNoFieldAreKeptAsAttributesUnderTheirHeader() {
        List<String> headers = List.of("Cognome", "Telefono", "Codice fiscale", "", "Scadenza contratto");
        LeadRowReader reader = new LeadRowReader(headers, Map.of(LeadField.LAST_NAME, 0, LeadField.PHONE, 1), NOW);

        LeadRow row = assertInstanceOf(LeadRow.class,
                reader.read(new CsvLine(2, List.of("Rossi", "3471234567", " RSSMRA80A01H501U", "x;y", ""))));

        assertEquals(List.of(new LeadAttribute("Codice fiscale", " RSSMRA80A01H501U"), new LeadAttribute("#4", "x;y")),
                row.attributes());
        assertEquals(List.of(new LeadColumn(0, "Cognome", List.of(LeadField.LAST_NAME)),
                        new LeadColumn(1, "Telefono", List.of(LeadField.PHONE)), new LeadColumn(2, "Codice fiscale", List.of()),
                        new LeadColumn(3, "", List.of()), new LeadColumn(4, "Scadenza contratto", List.of())),
                LeadColumn.of(headers, reader.mapping()));
    }

    @Test
    void consentsWithTheirDateAndSource() {
        CsvLine line = with(LeadField.CONSENT_SOURCE, " modulo web ", with(LeadField.CONSENT_DATE, "15/03/2025",
                with(LeadField.CONSENT_SURVEY, "no", with(LeadField.CONSENT_MARKETING, "sì", valid()))));

        LeadConsents consents = accepted(line).consents();

        assertEquals(new LeadConsents(true, false, Instant.parse("2025-03-14T23:00:00Z"), "modulo web"), consents);
        assertEquals(Map.of(ConsentPurpose.MARKETING, true, ConsentPurpose.SURVEY, false), consents.statements());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2025-03-15|2025-03-14T23:00:00Z", "15/03/2025 09:30|2025-03-15T08:30:00Z",
            "2025-07-01T18:00|2025-07-01T16:00:00Z", "1.7.2025|2025-06-30T22:00:00Z"})
    void consentDatesAsSpreadsheetsWriteThem(String typed, String instant) {
        assertEquals(Instant.parse(instant), accepted(with(LeadField.CONSENT_DATE, typed, with(LeadField.CONSENT_MARKETING, "sì", valid())))
                .consents().statedAt());
    }

    @Test
    void badConsentDatesAndADateOfNoConsentAreRejected() {
        assertEquals(new LeadRowRejection(2, "leads.row.consentDateInvalid", List.of("31/02/2025")),
                READER.read(with(LeadField.CONSENT_DATE, "31/02/2025", with(LeadField.CONSENT_MARKETING, "sì", valid()))));
        assertEquals(new LeadRowRejection(2, "leads.row.consentDateFuture", List.of("04/12/2026")),
                READER.read(with(LeadField.CONSENT_DATE, "04/12/2026", with(LeadField.CONSENT_MARKETING, "sì", valid()))));
        assertEquals(new LeadRowRejection(2, "leads.row.consentUnstated", List.of()),
                READER.read(with(LeadField.CONSENT_SOURCE, "fiera", valid())));
    }

    @Test
    void aMappingToAColumnTheFileHasNotIsRefused() {
        DomainException refused = assertThrows(DomainException.class,
                () -> new LeadRowReader(List.of("Cognome", "Telefono"), Map.of(LeadField.LAST_NAME, 0, LeadField.PHONE, 2), NOW));

        assertEquals("leads.mapping.columnUnknown", refused.getMessageKey());
        assertEquals("3", refused.getArguments()[0]);
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
        assertEquals(LeadConsents.NONE, row.consents());
        assertNull(row.notes());
        assertEquals(List.of(), row.attributes());
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
    void aBlankRequiredValueIsRejected() {
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
        assertTrue(accepted(with(LeadField.CONSENT_MARKETING, typed, valid())).consents().marketing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"No", "n", "false", "0"})
    void consentNo(String typed) {
        assertFalse(accepted(with(LeadField.CONSENT_MARKETING, typed, valid())).consents().marketing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankConsentStatesNothing(String typed) {
        assertEquals(LeadConsents.NONE, accepted(with(LeadField.CONSENT_MARKETING, typed, valid())).consents());
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

        DomainException refused = assertThrows(DomainException.class, () -> new LeadRowReader(HEADERS, mapping, NOW));

        assertEquals("leads.mapping.missing", refused.getMessageKey());
        assertEquals("leadField.LAST_NAME", ((it.cuffia.shared.domain.Text) refused.getArguments()[0]).getKey(), "the field named in the user's language");
    }

    @Test
    void fromFileToLeadsWithTheGuessedMapping() {
        LeadFile file = LeadFile.of("""
                Nome;Cognome;Telefono;Città;Provincia;Note
                Mario;Rossi;347 123 4567;Milano;MI;chiamare dopo le 18
                Anna;;02 1234 5678;Milano;MI;
                """.getBytes(StandardCharsets.UTF_8), null, null);
        LeadRowReader reader = new LeadRowReader(file.headers(), file.guessMapping(), NOW);

        List<LeadRowResult> results = file.rows().map(reader::read).toList();

        assertEquals("+393471234567", assertInstanceOf(LeadRow.class, results.get(0)).phone().e164());
        assertEquals("chiamare dopo le 18", assertInstanceOf(LeadRow.class, results.get(0)).notes());
        assertEquals(new LeadRowRejection(3, "leads.row.required", List.of("LAST_NAME")), results.get(1));
    }

    @Test
    void aFileWithABlankLineALongAndAShortRecordAndAMultiLineNoteAccountsForEveryRecord() {
        String notes = "Dice: \"richiamare; dopo le 18\"\nsecondo piano";
        LeadFile file = LeadFile.of(("Nome;Cognome;Telefono;Note;Codice fiscale\n"
                + "Mario;Rossi;347 123 4567;\"Dice: \"\"richiamare; dopo le 18\"\"\nsecondo piano\";RSSMRA80A01H501U\n"
                + "\n"
                + "Anna;Bianchi;347 123 4568;;;troppo\n"
                + "Luca;Verdi;347 123 4569\n"
                + "Ugo;Neri;347 123 4570;;\n").getBytes(StandardCharsets.UTF_8), null, null);
        LeadRowReader reader = new LeadRowReader(file.headers(), file.guessMapping(), NOW);

        List<LeadRowResult> results = file.rows().map(reader::read).toList();

        assertEquals(List.of(2L, 4L, 5L, 6L, 7L), results.stream().map(LeadRowResult::lineNumber).toList());
        LeadRow mario = assertInstanceOf(LeadRow.class, results.get(0));
        assertEquals(notes, mario.notes());
        assertEquals(List.of(new LeadAttribute("Codice fiscale", "RSSMRA80A01H501U")), mario.attributes());
        assertEquals(new LeadRowSkipped(4, "leads.row.blank"), results.get(1));
        assertEquals(new LeadRowRejection(5, "leads.row.fieldsMore", List.of("6", "5")), results.get(2));
        assertEquals(new LeadRowRejection(6, "leads.row.fieldsFewer", List.of("3", "5")), results.get(3));
        assertInstanceOf(LeadRow.class, results.get(4));
        assertEquals("Mario;Rossi;347 123 4567;\"Dice: \"\"richiamare; dopo le 18\"\"\nsecondo piano\";RSSMRA80A01H501U",
                LeadFile.text(file.rows().findFirst().orElseThrow(), ';'));
        assertEquals("", LeadFile.text(new CsvLine(4, List.of("")), ';'));
        assertEquals("\"\";;", LeadFile.text(new CsvLine(4, List.of("", "", "")), ';'));
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

    /** A record as wide as the header: the values given, then blanks. */
    private static CsvLine line(long number, String... values) {
        List<String> all = new ArrayList<>(Arrays.asList(values));
        while (all.size() < HEADERS.size()) {
            all.add("");
        }
        return new CsvLine(number, all);
    }

    private static Map<LeadField, Integer> allFields() {
        Map<LeadField, Integer> mapping = new EnumMap<>(LeadField.class);
        for (LeadField field : LeadField.values()) {
            mapping.put(field, field.ordinal());
        }
        return mapping;
    }
}
