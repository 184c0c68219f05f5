package it.cuffia.pay.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exact pay rules of DOMAIN.md, euro by euro. */
class CommissionRulesTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private final ProgressiveTiers heldTiers = new ProgressiveTiers(List.of(new Tier(1, eur("10")), new Tier(21, eur("15"))));

    @Test
    void tiersAreProgressiveLikeTaxBrackets() {
        assertEquals(0, eur("275").compareTo(heldTiers.amountFor(25)), "20 × 10 + 5 × 15");
        assertEquals(0, eur("200").compareTo(heldTiers.amountFor(20)));
        assertEquals(0, BigDecimal.ZERO.compareTo(heldTiers.amountFor(0)));
        assertThrows(DomainException.class, () -> new ProgressiveTiers(List.of(new Tier(5, eur("10")))), "tiers start at the first unit");
    }

    @Test
    void aMonthGivesOneRoundedLinePerRuleAndTheCapBringsThemDown() {
        CommissionRules plan = new CommissionRules(
                List.of(new CommissionRules.PerUnit("appointments held", "HELD", heldTiers)),
                List.of(new CommissionRules.PerSale("sales", eur("5.00"), eur("2.5"))),
                List.of(new CommissionRules.KpiBonus("FCR bonus", "FCR", eur("0.70"), Direction.HIGHER_IS_BETTER, eur("100.00")),
                        new CommissionRules.KpiBonus("AHT bonus", "AHT", eur("300"), Direction.LOWER_IS_BETTER, eur("50.00"))),
                List.of(), eur("400.00"));
        CommissionRules.Month month = new CommissionRules.Month(Map.of("HELD", 25L), List.of(eur("99.90"), eur("10.01")),
                Map.of("FCR", Optional.of(eur("0.7000")), "AHT", Optional.of(eur("312.5"))));

        List<StatementLine> lines = plan.apply(month);

        assertEquals(eur("275.00"), lines.get(0).amount());
        // 2 × 5.00 + 2.5 % of 109.91 = 10.00 + 2.74775 → 12.75 (half-even to the cent)
        assertEquals(eur("12.75"), lines.get(1).amount());
        assertEquals(eur("100.00"), lines.get(2).amount(), "FCR 70 % meets a 70 % target: higher is better, equal counts");
        assertEquals(eur("0.00"), lines.get(3).amount(), "AHT 312.5 s misses ≤ 300 s: no partial bonus");
        assertEquals("pay.note.targetMissed", lines.get(3).note());
        // 275.00 + 12.75 + 100.00 = 387.75, under the 400.00 cap: no cap line
        assertEquals(4, lines.size());
        // rates keep their numbers, the reader's format writes them
        assertEquals(List.of(eur("1"), eur("10"), eur("21"), eur("15")), lines.get(0).rate().values());
        assertEquals(new Rate(Rate.Kind.PER_SALE, null, List.of(eur("5"), eur("2.5")), null), lines.get(1).rate());
        assertEquals(Rate.Kind.AT_MOST, lines.get(3).rate().kind());
        assertEquals("AT_LEAST|FCR|0.7", lines.get(2).rate().encode());
        assertEquals(lines.get(2).rate(), Rate.parse("AT_LEAST|FCR|0.70"));
    }

    @Test
    void theCapIsOneNegativeLine() {
        CommissionRules plan = new CommissionRules(List.of(new CommissionRules.PerUnit("held", "HELD", heldTiers)), List.of(), List.of(),
                List.of(), eur("250.00"));
        List<StatementLine> lines = plan.apply(new CommissionRules.Month(Map.of("HELD", 25L), List.of(), Map.of()));
        assertEquals(eur("-25.00"), lines.get(1).amount());
        assertEquals("cap", lines.get(1).rule());
        assertEquals(Rate.cap(eur("250")), lines.get(1).rate());
        assertEquals(Rate.cap(eur("250")), Rate.parse(lines.get(1).noteArg()));
        assertEquals(0, eur("250.00").compareTo(lines.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    void aGateZeroesTheLinesItGuardsAndSaysWhy() {
        CommissionRules plan = new CommissionRules(List.of(new CommissionRules.PerUnit("held", "HELD", heldTiers)), List.of(),
                List.of(new CommissionRules.KpiBonus("FCR bonus", "FCR", eur("0.70"), Direction.HIGHER_IS_BETTER, eur("100.00"))),
                List.of(new CommissionRules.Gate("QUALITY", eur("80"), Direction.HIGHER_IS_BETTER, Set.of("FCR bonus"))), null);
        List<StatementLine> lines = plan.apply(new CommissionRules.Month(Map.of("HELD", 3L), List.of(),
                Map.of("FCR", Optional.of(eur("0.90")), "QUALITY", Optional.of(eur("79.99")))));
        assertEquals(eur("30.00"), lines.get(0).amount(), "an unguarded line is paid");
        assertNull(lines.get(0).note());
        assertEquals(eur("0.00"), lines.get(1).amount());
        assertEquals("pay.note.gate", lines.get(1).note());
        // the note names the threshold and the month's value beside it
        Rate missed = Rate.parse(lines.get(1).noteArg());
        assertEquals(Rate.missedTarget("QUALITY", Direction.HIGHER_IS_BETTER, eur("80"), eur("79.99")), missed);
        assertEquals(Optional.of(new java.math.BigDecimal("79.99")), missed.monthValue());
        assertEquals(Optional.empty(), Rate.target("QUALITY", Direction.HIGHER_IS_BETTER, eur("80")).monthValue());
    }

    @Test
    void aKpiWithoutValuePaysNoBonusAndIsNotZero() {
        CommissionRules plan = new CommissionRules(List.of(), List.of(),
                List.of(new CommissionRules.KpiBonus("FCR bonus", "FCR", eur("0.70"), Direction.HIGHER_IS_BETTER, eur("100.00"))), List.of(), null);
        StatementLine line = plan.apply(new CommissionRules.Month(Map.of(), List.of(), Map.of("FCR", Optional.empty()))).get(0);
        assertNull(line.quantity(), "no denominator, no value: never 0");
        assertEquals("pay.note.noValue", line.note());
        assertEquals(eur("0.00"), line.amount());
    }

    @Test
    void aGateWhoseKpiHasNoValueIsNotMetAndSaysSo() {
        CommissionRules plan = new CommissionRules(List.of(new CommissionRules.PerUnit("held", "HELD", heldTiers)), List.of(), List.of(),
                List.of(new CommissionRules.Gate("QUALITY", eur("80"), Direction.HIGHER_IS_BETTER, Set.of("held"))), null);
        StatementLine line = plan.apply(new CommissionRules.Month(Map.of("HELD", 3L), List.of(), Map.of("QUALITY", Optional.empty()))).get(0);
        assertEquals(eur("0.00"), line.amount(), "no evaluation this month: the gate stays closed");
        assertEquals(CommissionRules.NOTE_GATE_NO_VALUE, line.note());
        assertEquals(Optional.empty(), Rate.parse(line.noteArg()).monthValue());
    }
}
