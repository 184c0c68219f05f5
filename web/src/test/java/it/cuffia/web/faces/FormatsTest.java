package it.cuffia.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.kpi.domain.Kpi;
import it.cuffia.pay.domain.Direction;
import it.cuffia.pay.domain.ProgressiveTiers;
import it.cuffia.pay.domain.Rate;
import it.cuffia.pay.domain.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Pay and KPI numbers in the reader's format (no-break spaces written as such, as Java writes them). */
class FormatsTest {

    private static final Locale IT = Locale.ITALIAN;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void ratesAreWrittenInTheReadersFormat() {
        assertEquals("1.450,00\u00a0€ × 30/30", Formats.rate(Rate.salary(new BigDecimal("1450.00"), 30, 30), IT));
        assertEquals("€1,450.00 × 30/30", Formats.rate(Rate.salary(new BigDecimal("1450.00"), 30, 30), EN));
        assertEquals("5,00\u00a0€ + 2,50 %", Formats.rate(Rate.perSale(new BigDecimal("5"), new BigDecimal("2.5")), IT));
        assertEquals("2,00 %", Formats.rate(Rate.perSale(BigDecimal.ZERO, new BigDecimal("2")), IT), "a percentage alone");
        assertEquals("5,00\u00a0€", Formats.rate(Rate.perSale(new BigDecimal("5"), BigDecimal.ZERO), IT), "a fixed amount alone");
        assertEquals("1+: 10,00\u00a0€, 21+: 15,00\u00a0€", Formats.rate(Rate.tiers(new ProgressiveTiers(
                List.of(new Tier(1, new BigDecimal("10")), new Tier(21, new BigDecimal("15"))))), IT));
        assertEquals("≥ 75,00 %", Formats.rate(Rate.target("FCR", Direction.HIGHER_IS_BETTER, new BigDecimal("75")), IT));
        assertEquals("≥ 75,00 % (valore del mese 70,50 %)",
                Formats.rate(Rate.missedTarget("FCR", Direction.HIGHER_IS_BETTER, new BigDecimal("75"), new BigDecimal("70.5")), IT));
        assertEquals("≥ 75.00 % (the month's value 70.50 %)",
                Formats.rate(Rate.missedTarget("FCR", Direction.HIGHER_IS_BETTER, new BigDecimal("75"), new BigDecimal("70.5")), EN));
        assertEquals("600,00\u00a0€", Formats.rate(Rate.cap(new BigDecimal("600")), IT));
        assertEquals("1450.00 × 30/30", Formats.rate(Rate.parse("1450.00 × 30/30"), IT), "a rate stored as text stays as written");
    }

    @Test
    void kpisHaveTwoDecimalsAtMostAndQuantitiesFollowTheirKpi() {
        assertEquals("391,93", Formats.kpi(Kpi.AHT, new BigDecimal("391.9265"), IT));
        assertEquals("75,00 %", Formats.kpi(Kpi.FCR, new BigDecimal("75"), IT));
        assertEquals("1.234", Formats.kpi(Kpi.CALLS_HANDLED, new BigDecimal("1234"), IT));
        assertEquals("59,76 %", Formats.quantity(Rate.target("FCR", Direction.HIGHER_IS_BETTER, BigDecimal.TEN), new BigDecimal("59.76"), IT));
        assertEquals("2,5", Formats.quantity(Rate.perSale(BigDecimal.ONE, BigDecimal.ONE), new BigDecimal("2.5000"), IT));
    }

    @Test
    void englishDatesNameTheMonthAndTimesHave24Hours() {
        Instant afternoon = Instant.parse("2026-03-04T14:19:00Z");
        assertEquals("Mar 4, 2026, 15:19", Formats.dateTime(afternoon, EN));
        assertEquals("04/03/2026 15:19", Formats.dateTime(afternoon, IT));
    }

    @Test
    void aWaitingTimeReadsInHoursAndMinutesOrDaysAndHoursInTheReadersLanguage() {
        Locale it = Locale.ITALIAN;
        Locale en = Locale.ENGLISH;
        assertEquals("—", Formats.duration(null, it), "nothing answered");
        assertEquals("< 1 min", Formats.duration(29L, it));
        assertEquals("1 min", Formats.duration(30L, it), "to the nearest minute");
        assertEquals("45 min", Formats.duration(45 * 60L, en));
        assertEquals("1 h 00 min", Formats.duration(3600L, it));
        assertEquals("2 h 05 min", Formats.duration(2 * 3600L + 5 * 60, it));
        assertEquals("23 h 59 min", Formats.duration(24 * 3600L - 60, en));
        assertEquals("1 g 09 h", Formats.duration(117_600L, it), "32 h 40 min: a day and nine hours, to the nearest hour");
        assertEquals("1 d 09 h", Formats.duration(117_600L, en));
        assertEquals("3 g 00 h", Formats.duration(3 * 86_400L, it));
    }
}
