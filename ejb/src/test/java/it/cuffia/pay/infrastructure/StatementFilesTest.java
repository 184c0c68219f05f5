package it.cuffia.pay.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.pay.domain.MonthlyPay;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.StatementLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StatementFilesTest {

    private PayStatement approvedStatement() {
        PayStatement statement = new PayStatement(new AppUser("operatore01", "Luca", "Rossi", List.of(Role.AGENT)), YearMonth.of(2026, 2));
        statement.recompute(new MonthlyPay().plan("Piano", List.of(
                StatementLine.variable("Appuntamenti", new BigDecimal("25"), "1+: 10, 21+: 15", new BigDecimal("275.00")))),
                Instant.parse("2026-03-01T01:00:00Z"), 7L);
        statement.approve("supervisore1", Instant.parse("2026-03-02T09:00:00Z"));
        return statement;
    }

    @Test
    void theStatementPdfIsADocumentWithItsLines() {
        byte[] pdf = StatementPdf.render(approvedStatement(), Locale.ITALY, key -> key, line -> line.getRule(), line -> "");
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(pdf.length > 1000);
    }

    @Test
    void theStatementPdfDrawsTheComparisonSignsOfTargetsAndNotes() throws Exception {
        PayStatement statement = new PayStatement(new AppUser("operatore01", "Luca", "Rossi", List.of(Role.AGENT)), YearMonth.of(2026, 2));
        statement.recompute(new MonthlyPay().plan("Piano", List.of(
                StatementLine.variable("Bonus FCR", new BigDecimal("50"), "≥ 50", new BigDecimal("100.00")),
                StatementLine.variable("Tempo medio", new BigDecimal("400"), "≤ 300", new BigDecimal("0.00")))),
                Instant.parse("2026-03-01T01:00:00Z"), 7L);
        byte[] pdf = StatementPdf.render(statement, Locale.ITALY, key -> key, line -> line.getRule(), line -> "Soglia non raggiunta: AHT ≤ 300");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("≥ 50"), text);
            assertTrue(text.contains("≤ 300"), text);
            assertTrue(text.contains("AHT ≤ 300"), text);
        }
    }

    @Test
    void thePayrollFileHasOneRowPerApprovedStatementWithDotDecimals() {
        String csv = new String(PayrollCsv.write(List.of(approvedStatement())), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals("month;username;first_name;last_name;fixed;variable;total;approved_by;approved_at", lines[0]);
        assertEquals("2026-02;operatore01;Luca;Rossi;0.00;275.00;275.00;supervisore1;2026-03-02T09:00:00Z", lines[1]);
    }
}
