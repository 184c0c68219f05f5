package it.cuffia.outbound.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeadFileTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void utf8WithBomAndSemicolonsAsItalianExcelSavesThem() {
        byte[] body = "Nome;Cognome;Telefono;Città;Provincia\r\nMario;Rossi;347 123 4567;Forlì;FC\r\n"
                .getBytes(StandardCharsets.UTF_8);
        LeadFile file = LeadFile.of(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body), null, null);

        assertEquals(StandardCharsets.UTF_8, file.charset());
        assertEquals(';', file.delimiter());
        assertEquals(List.of("Nome", "Cognome", "Telefono", "Città", "Provincia"), file.headers());
        assertEquals(List.of(new CsvLine(2, List.of("Mario", "Rossi", "347 123 4567", "Forlì", "FC"))),
                file.rows().toList());
    }

    @Test
    void windows1252IsRecognisedWhenTheBytesAreNotUtf8() {
        byte[] content = "Nome;Cognome;Telefono;Città\nAnna;Bianchi;3471234567;Forlì\n".getBytes(WINDOWS_1252);

        LeadFile file = LeadFile.of(content, null, null);

        assertEquals(WINDOWS_1252, file.charset());
        assertEquals("Città", file.headers().get(3));
        assertEquals("Forlì", file.rows().findFirst().orElseThrow().values().get(3));
    }

    @Test
    void aGivenCharsetAndDelimiterAreUsedAsTheyAre() {
        byte[] content = "nome|città\nLuca|Forlì\n".getBytes(WINDOWS_1252);

        LeadFile file = LeadFile.of(content, WINDOWS_1252, '|');

        assertEquals('|', file.delimiter());
        assertEquals(List.of("Luca", "Forlì"), file.rows().findFirst().orElseThrow().values());
    }

    @Test
    void commaDelimitedEnglishHeaders() {
        LeadFile file = file("First Name,Last Name,Phone,E-mail,Postal Code\nJohn,Smith,+44 20 7946 0958,j@x.com,SW1\n");

        assertEquals(',', file.delimiter());
        assertEquals(Map.of(LeadField.FIRST_NAME, 0, LeadField.LAST_NAME, 1, LeadField.PHONE, 2,
                LeadField.EMAIL, 3, LeadField.POSTCODE, 4), file.guessMapping());
    }

    @Test
    void tabDelimited() {
        assertEquals('\t', file("nome\tcognome\ttelefono\nA\tB\t3471234567\n").delimiter());
    }

    @Test
    void aSemicolonHeaderWithACommaInsideStaysSemicolon() {
        assertEquals(';', file("Nome;Cognome;Telefono, cellulare\n").delimiter());
    }

    @Test
    void quotedValuesMayHoldTheDelimiterAndLineBreaksAndLineNumbersStayPhysical() {
        LeadFile file = file("""
                nome;cognome;indirizzo
                Mario;Rossi;"Via Roma 1; scala B
                interno 3"

                Anna;"Bianchi";Via Po 2
                """);

        List<CsvLine> rows = file.rows().toList();

        assertEquals(3, rows.size());
        assertEquals(2, rows.get(0).lineNumber());
        assertEquals("Via Roma 1; scala B\ninterno 3", rows.get(0).values().get(2));
        assertEquals(new CsvLine(4, List.of("")), rows.get(1));
        assertEquals(5, rows.get(2).lineNumber());
        assertEquals(List.of("Anna", "Bianchi", "Via Po 2"), rows.get(2).values());
    }

    @Test
    void blankLinesAndEmptySpreadsheetRowsAreRecordsOfTheirOwnLine() {
        List<CsvLine> rows = file("\n\nnome;cognome\n\n;;\nA;B\r\n\r\nC;D").rows().toList();

        assertEquals(List.of(new CsvLine(4, List.of("")), new CsvLine(5, List.of("", "", "")), new CsvLine(6, List.of("A", "B")),
                new CsvLine(7, List.of("")), new CsvLine(8, List.of("C", "D"))), rows);
        assertEquals(List.of(true, true, false, true, false), rows.stream().map(CsvLine::blank).toList());
    }

    @Test
    void theLastLineBreakOfAFileIsNoRecordButABlankLineBeforeTheEndIs() {
        assertEquals(List.of(2L), file("nome;cognome\nA;B\n").rows().map(CsvLine::lineNumber).toList());
        assertEquals(List.of(2L, 3L), file("nome;cognome\nA;B\n\n").rows().map(CsvLine::lineNumber).toList());
    }

    @Test
    void delimiterCharsetAndMappingAsAProgramNamesThem() {
        assertEquals('\t', LeadFile.delimiterOf("tab"));
        assertEquals(';', LeadFile.delimiterOf(";"));
        assertEquals(null, LeadFile.delimiterOf(""));
        assertEquals("leads.import.delimiterInvalid", assertThrows(DomainException.class, () -> LeadFile.delimiterOf("::")).getMessageKey());
        assertEquals(WINDOWS_1252, LeadFile.charsetOf("windows-1252"));
        assertEquals("leads.import.charsetInvalid", assertThrows(DomainException.class, () -> LeadFile.charsetOf("klingon")).getMessageKey());

        LeadFile file = file("Cognome;Cell;Telefono ufficio;Memo\n");
        Map<String, String> asked = new java.util.LinkedHashMap<>();
        asked.put("phone", "telefono UFFICIO");
        asked.put("NOTES", "4");
        assertEquals(Map.of(LeadField.LAST_NAME, 0, LeadField.PHONE, 2, LeadField.NOTES, 3), file.mapping(asked));
        assertEquals(Map.of(LeadField.PHONE, 2), file.mapping(Map.of("LAST_NAME", "", "PHONE", "3")));
        assertEquals("leads.mapping.fieldUnknown", assertThrows(DomainException.class, () -> file.mapping(Map.of("SHOE_SIZE", "1"))).getMessageKey());
        assertEquals("leads.mapping.columnUnknown", assertThrows(DomainException.class, () -> file.mapping(Map.of("PHONE", "Fax"))).getMessageKey());
        assertEquals("leads.mapping.columnUnknown", assertThrows(DomainException.class, () -> file.mapping(Map.of("PHONE", "5"))).getMessageKey());

        // a file none of whose headers is recognised (another delimiter, not a CSV): nothing guessed, what was asked kept
        LeadFile unknown = file("a,b,c\n1,2,3\n");
        assertEquals(Map.of(), unknown.mapping(Map.of()));
        assertEquals(Map.of(LeadField.PHONE, 0), unknown.mapping(Map.of("PHONE", "1")));
    }

    @Test
    void guessMappingTakesTheFirstColumnForAFieldAndIgnoresUnknownOnes() {
        LeadFile file = file("  COGNOME ;Note;Telefono;cellulare;first_name;Codice-Cliente;Fuso_Orario;PRIORITÀ;telefono;Colore\n");

        assertEquals(Map.of(LeadField.LAST_NAME, 0, LeadField.NOTES, 1, LeadField.PHONE, 2, LeadField.FIRST_NAME, 4,
                LeadField.EXTERNAL_REF, 5, LeadField.TIME_ZONE, 6, LeadField.PRIORITY, 7), file.guessMapping());
        assertEquals(10, file.headers().size());
    }

    @Test
    void restartingSkipsTheRecordsAlreadyDone() {
        LeadFile file = file("nome;cognome\nA;1\n\nB;2\nC;3\nD;4\n");

        assertEquals(List.of("C", "D"), file.rows(3).map(line -> line.values().get(0)).toList());
        assertEquals(List.of(5L, 6L), file.rows(3).map(CsvLine::lineNumber).toList());
        assertEquals(List.of(), file.rows(10).toList());
        assertEquals(5, file.rows(0).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "  \r\n \r\n", "\uFEFF", ";;;\n;;\n"})
    void aFileWithoutAHeaderIsEmpty(String content) {
        DomainException refused = assertThrows(DomainException.class, () -> file(content));

        assertEquals("leads.csv.empty", refused.getMessageKey());
    }

    @Test
    void aPictureOrASpreadsheetIsNoCsvAndSaysWhatItIs() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
        DomainException picture = assertThrows(DomainException.class, () -> LeadFile.of(png, null, null));
        assertEquals("leads.csv.notText", picture.getMessageKey());
        assertEquals("image/png", picture.getArguments()[0]);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertEquals("leads.csv.notText", assertThrows(DomainException.class, () -> LeadFile.of(zip, null, null)).getMessageKey());
        // text in windows-1252 with accents is text
        byte[] accented = "nome;cognome\nNicol\u00f2;D'Angelo\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals(2, LeadFile.of(accented, null, null).headers().size());
        // text that Tika would take for a SYLK spreadsheet is text, as is a line with one stray control character
        assertEquals(2, file("ID;PHONE\n1;+393471234567\n").headers().size());
        assertEquals(2, file("nome;cognome\nMario\u0007;Rossi\n").headers().size());
    }

    @Test
    void anUnterminatedQuoteIsReportedWithTheLineWhereTheRecordStarts() {
        LeadFile file = file("nome;cognome\nA;B\nC;\"D\nE;F\n");

        try (Stream<CsvLine> rows = file.rows()) {
            DomainException refused = assertThrows(DomainException.class, () -> rows.toList());

            assertEquals("leads.csv.malformed", refused.getMessageKey());
            assertArrayEquals(new Object[] {3L}, refused.getArguments());
        }
    }

    @Test
    void textAfterAClosingQuoteIsMalformedToo() {
        DomainException refused = assertThrows(DomainException.class,
                () -> file("nome;cognome\n\"A\"x;B\n").rows().toList());

        assertEquals("leads.csv.malformed", refused.getMessageKey());
        assertArrayEquals(new Object[] {2L}, refused.getArguments());
    }

    @Test
    void aMalformedHeaderIsReportedOnCreation() {
        DomainException refused = assertThrows(DomainException.class, () -> file("\"nome;cognome\n"));

        assertEquals("leads.csv.malformed", refused.getMessageKey());
        assertArrayEquals(new Object[] {1L}, refused.getArguments());
    }

    @Test
    void aHundredThousandRowsAreStreamed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 20);
        out.writeBytes("Nome;Cognome;Telefono;Indirizzo;Città;CAP;Provincia;Email\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 100_000; i++) {
            out.writeBytes(("Nome" + i + ";Cognome" + i + ";347" + (1_000_000 + i)
                    + ";\"Via Roma " + i + ", scala A\";Forlì;47121;FC;n" + i + "@example.it\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        LeadFile file = LeadFile.of(out.toByteArray(), null, null);

        try (Stream<CsvLine> rows = file.rows()) {
            assertEquals(100_000, rows.count());
        }
        try (Stream<CsvLine> rows = file.rows(99_999)) {
            assertEquals(100_001, rows.findFirst().orElseThrow().lineNumber());
        }
    }

    private static LeadFile file(String content) {
        return LeadFile.of(content.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
