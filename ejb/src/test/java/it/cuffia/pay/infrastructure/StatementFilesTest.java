package it.cuffia.pay.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.pay.domain.Direction;
import it.cuffia.pay.domain.MonthlyPay;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.PayStatementLine;
import it.cuffia.pay.domain.ProgressiveTiers;
import it.cuffia.pay.domain.Rate;
import it.cuffia.pay.domain.StatementLine;
import it.cuffia.pay.domain.Tier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StatementFilesTest {

    private PayStatement approvedStatement() {
        PayStatement statement = new PayStatement(new AppUser("operatore01", "Luca", "Rossi", List.of(Role.AGENT)), YearMonth.of(2026, 2));
        statement.recompute(new MonthlyPay().plan(7L, "Piano", List.of(
                StatementLine.variable("Appuntamenti", new BigDecimal("25"), Rate.tiers(new ProgressiveTiers(List.of(new Tier(1, new BigDecimal("10")), new Tier(21, new BigDecimal("15"))))), new BigDecimal("275.00")))),
                Instant.parse("2026-03-01T01:00:00Z"), 7L);
        statement.approve("supervisore1", Instant.parse("2026-03-02T09:00:00Z"));
        return statement;
    }

    /** The reader's texts as the web writes them, reduced to what the PDF needs: keys, the comparison and the number. */
    private static StatementPdf.Texts texts(Function<PayStatementLine, String> note) {
        return new StatementPdf.Texts(key -> key, PayStatementLine::getRule,
                line -> line.getQuantity() == null ? "—" : line.getQuantity().toPlainString(),
                line -> line.getRate().comparison() + " " + line.getRate().value(line.getRate().values().size() - 1).toPlainString(),
                note, amount -> amount.toPlainString() + " €");
    }

    @Test
    void theStatementPdfIsADocumentWithItsLines() {
        byte[] pdf = StatementPdf.render(approvedStatement(), texts(line -> ""));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(pdf.length > 1000);
    }

    @Test
    void theStatementPdfDrawsTheComparisonSignsOfTargetsAndNotes() throws Exception {
        PayStatement statement = new PayStatement(new AppUser("operatore01", "Luca", "Rossi", List.of(Role.AGENT)), YearMonth.of(2026, 2));
        statement.recompute(new MonthlyPay().plan(7L, "Piano", List.of(
                StatementLine.variable("Bonus FCR", new BigDecimal("50"), Rate.target("FCR", Direction.HIGHER_IS_BETTER, new BigDecimal("50")), new BigDecimal("100.00")),
                StatementLine.variable("Tempo medio", new BigDecimal("400"), Rate.target("AHT", Direction.LOWER_IS_BETTER, new BigDecimal("300")), new BigDecimal("0.00")))),
                Instant.parse("2026-03-01T01:00:00Z"), 7L);
        byte[] pdf = StatementPdf.render(statement, texts(line -> "Soglia non raggiunta: AHT ≤ 300"));
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
