package it.cuffia.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvOutputTest {

    @Test
    void aTextThatStartsLikeAFormulaIsQuotedWithASingleQuote() {
        assertEquals("'=HYPERLINK(\"x\")", CsvOutput.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+SUM(A1:A2)", CsvOutput.cell("+SUM(A1:A2)"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", CsvOutput.cell("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(1)", CsvOutput.cell("@SUM(1)"));
        assertEquals("'\t=1", CsvOutput.cell("\t=1"));
        assertEquals("'\r=1", CsvOutput.cell("\r=1"));
        assertEquals("'=1", CsvOutput.cell("=1"));
    }

    @Test
    void otherTextsAndNumbersStayAsTheyAre() {
        assertEquals("Rossi", CsvOutput.cell("Rossi"));
        assertEquals("a=b", CsvOutput.cell("a=b"));
        assertEquals("", CsvOutput.cell(""));
        assertEquals("", CsvOutput.cell(null));
        assertEquals("-12.50", CsvOutput.cell(new BigDecimal("-12.50")));
        assertEquals("-3", CsvOutput.cell(-3L));
        assertEquals("1000", CsvOutput.cell(new BigDecimal("1E+3")), "a decimal in plain notation");
        // a number written as text by a table export: no letter, no bracket, nothing to run
        assertEquals("-1.450,00 €", CsvOutput.cell("-1.450,00 €"));
        assertEquals("-€1,450.00", CsvOutput.cell("-€1,450.00"));
        assertEquals("-12,5 %", CsvOutput.cell("-12,5 %"));
        assertEquals("+39 333 1234567", CsvOutput.cell("+39 333 1234567"), "a phone number");
        assertEquals("+39 347 111 2233, +39 06 1234567", CsvOutput.cell("+39 347 111 2233, +39 06 1234567"), "a customer's phones");
        assertEquals("'+39 347, =1+1", CsvOutput.cell("+39 347, =1+1"));
        assertEquals("'-1+2", CsvOutput.cell("-1+2"), "an operator between numbers is a formula");
        String many = "-" + "1, 1 ".repeat(5000) + "!";
        assertEquals("'" + many, assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> CsvOutput.cell(many)),
                "a long cell is decided at once");
    }

    @Test
    void aFileQuotesEveryTextCellAndReadsBack() throws IOException {
        byte[] bytes;
        try (CsvOutput csv = CsvOutput.forExcel()) {
            bytes = csv.row("name", "amount").row("=HYPERLINK(\"x\")", new BigDecimal("-5.00")).bytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "Excel reads UTF-8 with its byte order mark");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
        assertEquals(List.of("'=HYPERLINK(\"x\")", "-5.00"), rows.get(1).toList());
    }
}
