package it.cuffia.quality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    private static Score.Answer yesNo(int weight, Integer value) {
        return new Score.Answer("q", new ItemRule(ItemKind.YES_NO, weight, 0, false, true), value);
    }

    private static Score.Answer scale(int weight, int max, Integer value) {
        return new Score.Answer("s", new ItemRule(ItemKind.SCALE, weight, max, false, true), value);
    }

    private static Score.Answer critical(Integer value) {
        return new Score.Answer("privacy", new ItemRule(ItemKind.YES_NO, 5, 0, true, false), value);
    }

    @Test
    void weightsOfTheItemsMetOverWeightsOfTheApplicableOnes() {
        // met 3 + 2 of 3 + 2 + 1 = 6; 3 / 6 = 50.00
        Score score = Score.of(List.of(yesNo(3, 1), yesNo(2, 0), yesNo(1, 0)));
        assertEquals(new BigDecimal("50.00"), score.percent());
        assertFalse(score.failedCritical());
    }

    @Test
    void notApplicableItemsLeaveTheDenominator() {
        // 3 met of 3 + 2 applicable (the 10 is N/A): 60.00
        assertEquals(new BigDecimal("60.00"), Score.of(List.of(yesNo(3, 1), yesNo(2, 0), yesNo(10, null))).percent());
    }

    @Test
    void aScaleItemScoresProportionallyAndTheTotalRoundsHalfEven() {
        // weight 2 × 3/5 = 1.2, plus 1 met: 2.2 of 3 = 73.333… → 73.33
        assertEquals(new BigDecimal("73.33"), Score.of(List.of(scale(2, 5, 3), yesNo(1, 1))).percent());
        // 1 of 3 × 2/3 … weight 1 × 2/3 = 0.6667 of 1 → 66.67
        assertEquals(new BigDecimal("66.67"), Score.of(List.of(scale(1, 3, 2))).percent());
        // 1 of 8 = 12.5 → 12.50 exactly; 1 of 16 = 6.25; 1 of 32 = 3.125 → 3.12 (half-even)
        assertEquals(new BigDecimal("3.12"), Score.of(List.of(yesNo(1, 1), yesNo(31, 0))).percent());
        // 3 of 32 = 9.375 → 9.38 (half-even rounds to the even 8)
        assertEquals(new BigDecimal("9.38"), Score.of(List.of(yesNo(3, 1), yesNo(29, 0))).percent());
    }

    @Test
    void aCriticalItemFailedMakesTheScoreZeroAndMarksIt() {
        Score score = Score.of(List.of(yesNo(10, 1), scale(10, 5, 5), critical(0)));
        assertEquals(new BigDecimal("0.00"), score.percent());
        assertTrue(score.failedCritical());
        Score passed = Score.of(List.of(yesNo(10, 1), critical(1)));
        assertEquals(new BigDecimal("100.00"), passed.percent());
        assertFalse(passed.failedCritical());
    }

    @Test
    void badAnswersAreRefusedWithTheirMessage() {
        assertEquals("quality.answer.naRefused", assertThrows(DomainException.class, () -> Score.of(List.of(critical(null)))).getMessageKey());
        assertEquals("quality.answer.range", assertThrows(DomainException.class, () -> Score.of(List.of(scale(1, 5, 6)))).getMessageKey());
        assertEquals("quality.answer.range", assertThrows(DomainException.class, () -> Score.of(List.of(yesNo(1, 2)))).getMessageKey());
        assertEquals("quality.score.nothingApplicable", assertThrows(DomainException.class, () -> Score.of(List.of(yesNo(1, null)))).getMessageKey());
        assertEquals("quality.form.empty", assertThrows(DomainException.class, () -> Score.of(List.of())).getMessageKey());
    }

    @Test
    void itemRulesAreChecked() {
        assertEquals("quality.item.weightRange", assertThrows(DomainException.class, () -> new ItemRule(ItemKind.YES_NO, 0, 0, false, false)).getMessageKey());
        assertEquals("quality.item.scale", assertThrows(DomainException.class, () -> new ItemRule(ItemKind.SCALE, 1, 1, false, false)).getMessageKey());
        assertEquals(1, new ItemRule(ItemKind.YES_NO, 1, 7, false, false).scaleMax(), "a yes/no item's maximum is 1");
    }

    @Test
    void aTypedScoreIsAPercentWithTwoDecimals() {
        assertEquals(new BigDecimal("75.50"), Score.typed(new BigDecimal("75.5")));
        assertEquals("quality.score.range", assertThrows(DomainException.class, () -> Score.typed(new BigDecimal("100.01"))).getMessageKey());
        assertEquals("quality.score.decimals", assertThrows(DomainException.class, () -> Score.typed(new BigDecimal("1.005"))).getMessageKey());
    }
}
