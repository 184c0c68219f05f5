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
import java.util.Optional;
import java.time.LocalDate;
import it.cuffia.shared.domain.Money;
import it.cuffia.pay.application.PayrollRow;
import it.cuffia.identity.domain.ContractType;
import it.cuffia.identity.domain.ContractTerms;
import it.cuffia.identity.domain.Agent;
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
        return new StatementPdf.Texts(key -> key, line -> line.getPlanName() == null ? "pay.line.fixed" : line.getPlanName(), PayStatementLine::getRule,
                line -> line.getQuantity() == null ? "—" : line.getQuantity().toPlainString(),
                line -> line.getRate().comparison() + " " + line.getRate().value(line.getRate().values().size() - 1).toPlainString(),
                note, amount -> amount.toPlainString() + " €");
    }

    private static final StatementPdf.Heading HEADING = new StatementPdf.Heading("Contact Sud S.r.l.", "Via Toledo 1, 80134 Napoli",
            "febbraio 2026", "Luca Rossi (operatore01) · Matricola MAT-0101", "Approvato il 02/03/2026 10:00 da supervisore1");

    @Test
    void theStatementPdfIsHeadedByTheCompanyThePeriodTheAgentAndTheApproval() throws Exception {
        byte[] pdf = StatementPdf.render(approvedStatement(), HEADING, texts(line -> ""));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Contact Sud S.r.l.", "Via Toledo 1, 80134 Napoli", "febbraio 2026", "Matricola MAT-0101",
                    "Approvato il 02/03/2026 10:00 da supervisore1", "Appuntamenti", "275.00 €")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }

    @Test
    void theStatementPdfDrawsTheComparisonSignsOfTargetsAndNotes() throws Exception {
        PayStatement statement = new PayStatement(new AppUser("operatore01", "Luca", "Rossi", List.of(Role.AGENT)), YearMonth.of(2026, 2));
        statement.recompute(new MonthlyPay().plan(7L, "Piano", List.of(
                StatementLine.variable("Bonus FCR", new BigDecimal("50"), Rate.target("FCR", Direction.HIGHER_IS_BETTER, new BigDecimal("50")), new BigDecimal("100.00")),
                StatementLine.variable("Tempo medio", new BigDecimal("400"), Rate.target("AHT", Direction.LOWER_IS_BETTER, new BigDecimal("300")), new BigDecimal("0.00")))),
                Instant.parse("2026-03-01T01:00:00Z"), 7L);
        byte[] pdf = StatementPdf.render(statement, HEADING, texts(line -> "Soglia non raggiunta: AHT ≤ 300"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("≥ 50"), text);
            assertTrue(text.contains("≤ 300"), text);
            assertTrue(text.contains("AHT ≤ 300"), text);
        }
    }

    @Test
    void thePayrollFileHasOneRowPerApprovedStatementWithTheEmployeeCodeTheContractAndDotDecimals() {
        PayStatement statement = approvedStatement();
        Agent agent = new Agent(statement.getAgent());
        agent.assignEmployeeCode("mat-0101");
        agent.addContract(new ContractTerms(ContractType.PART_TIME, 20, Money.euro("780.00"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 14)));
        agent.addContract(new ContractTerms(ContractType.FULL_TIME, 40, Money.euro("1450.00"), LocalDate.of(2026, 2, 15), null));
        String csv = new String(PayrollCsv.write(List.of(PayrollRow.of(statement, Optional.of(agent)))), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals("month;employee_code;username;last_name;first_name;contract;weekly_hours;fixed;variable;clawback;adjustment;total;approved_by;approved_at",
                lines[0]);
        // the contract in force at the month's end
        assertEquals("2026-02;MAT-0101;operatore01;Rossi;Luca;FULL_TIME;40;0.00;275.00;0.00;0.00;275.00;supervisore1;2026-03-02T09:00:00Z", lines[1]);
        String withoutProfile = new String(PayrollCsv.write(List.of(PayrollRow.of(statement, Optional.empty()))), StandardCharsets.UTF_8);
        assertEquals("2026-02;;operatore01;Rossi;Luca;;;0.00;275.00;0.00;0.00;275.00;supervisore1;2026-03-02T09:00:00Z",
                withoutProfile.split("\r\n")[1]);
    }
}
