package it.cuffia.kpi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 16 §2: NPS = % promoters (9-10) − % detractors (0-6), −100..100; CSAT the mean of 1-5; both summed, never averaged. */
class NpsTest {

    private static KpiCounters answers(int... recommendations) {
        KpiCounters counters = new KpiCounters();
        for (int score : recommendations) {
            counters.recommendation(score);
        }
        return counters;
    }

    @Test
    void promotersLessDetractorsOverAllAnswersPassivesCountingOnlyBelow() {
        // 3 promoters (9, 10, 10), 2 passives (7, 8), 1 detractor (6): (3 - 1) / 6 = 33.3333
        assertEquals(Optional.of(new BigDecimal("33.3333")), answers(9, 10, 10, 7, 8, 6).value(Kpi.NPS));
        assertEquals(Optional.of(new BigDecimal("100.0000")), answers(9, 10).value(Kpi.NPS));
        assertEquals(Optional.of(new BigDecimal("-100.0000")), answers(0, 6, 3).value(Kpi.NPS));
        assertEquals(Optional.of(new BigDecimal("0.0000")), answers(7, 8).value(Kpi.NPS), "only passives: 0, a value");
        assertEquals(Optional.empty(), new KpiCounters().value(Kpi.NPS), "no answers: no value, never 0");
    }

    @Test
    void theBoundariesAreNineAndSix() {
        assertEquals(Optional.of(new BigDecimal("100.0000")), answers(9).value(Kpi.NPS));
        assertEquals(Optional.of(new BigDecimal("0.0000")), answers(8).value(Kpi.NPS));
        assertEquals(Optional.of(new BigDecimal("0.0000")), answers(7).value(Kpi.NPS));
        assertEquals(Optional.of(new BigDecimal("-100.0000")), answers(6).value(Kpi.NPS));
        assertThrows(IllegalArgumentException.class, () -> answers(11));
        assertThrows(IllegalArgumentException.class, () -> answers(-1));
    }

    @Test
    void countsAddUpAcrossTalliesAndTheScoreIsTakenFromTheSums() {
        // agent A: 1 promoter of 1 (NPS 100); agent B: 1 promoter, 3 detractors of 4 (NPS -50); together 2 - 3 of 5 = -20
        KpiCounters team = answers(10).add(answers(9, 0, 5, 6));
        assertEquals(Optional.of(new BigDecimal("-20.0000")), team.value(Kpi.NPS), "not the mean of 100 and -50");
        assertEquals(Optional.of(new BigDecimal("-20.0000")), team.copy().value(Kpi.NPS));
        assertTrue(new KpiCounters().isEmpty());
        assertEquals(false, answers(8).isEmpty(), "a passive answer is a count too");
    }

    @Test
    void aSurveyAnswerCountsForCsatAndNpsOnTheDayItWasGiven() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        WorkDay work = new WorkDay(day, ZonedDateTime.of(day.atTime(23, 0), it.cuffia.shared.domain.Zones.ROME).toInstant());
        TallyKey agent = new TallyKey(7L, 1L, null);
        work.surveyAnswer(new WorkDay.SurveyAnswer(agent, 5, 10));
        work.surveyAnswer(new WorkDay.SurveyAnswer(agent, 4, 9));
        work.surveyAnswer(new WorkDay.SurveyAnswer(agent, 2, 3));
        List<KpiTally> tallies = work.tallies();
        assertEquals(1, tallies.size());
        KpiCounters counters = tallies.get(0).getCounters();
        assertEquals(Optional.of(new BigDecimal("3.6667")), counters.value(Kpi.CSAT)); // 11 / 3
        assertEquals(Optional.of(new BigDecimal("33.3333")), counters.value(Kpi.NPS)); // (2 - 1) / 3
        assertEquals(Optional.of(new BigDecimal("3.67")), KpiCounters.csat(11, 3).map(v -> v.setScale(2, java.math.RoundingMode.HALF_EVEN)));
        assertEquals(Optional.of(new BigDecimal("33.3333")), KpiCounters.nps(2, 1, 3));
    }
}
