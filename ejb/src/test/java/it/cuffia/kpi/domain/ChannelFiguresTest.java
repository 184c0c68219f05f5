package it.cuffia.kpi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.contact.domain.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelFiguresTest {

    @Test
    void aMonthRunsFromRomeMidnightToRomeMidnightAcrossTheClockChange() {
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), ChannelFigures.monthStart(YearMonth.of(2026, 3)), "CET: UTC+1");
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), ChannelFigures.monthEnd(YearMonth.of(2026, 3)), "CEST from 29 March: UTC+2");
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"), ChannelFigures.monthStart(YearMonth.of(2026, 12)));
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"), ChannelFigures.monthEnd(YearMonth.of(2026, 12)), "into the next year");
    }

    @Test
    void theShareOnTimeIsOfTheTicketsAnsweredToOneDecimal() {
        assertEquals(new BigDecimal("83.3"), ChannelFigures.onTimePercent(5, 6));
        assertEquals(new BigDecimal("66.7"), ChannelFigures.onTimePercent(2, 3), "half up");
        assertEquals(new BigDecimal("100.0"), ChannelFigures.onTimePercent(4, 4));
        assertEquals(new BigDecimal("0.0"), ChannelFigures.onTimePercent(0, 4));
        assertNull(ChannelFigures.onTimePercent(0, 0), "nothing answered: no share, not 0 %");
        assertThrows(IllegalArgumentException.class, () -> ChannelFigures.onTimePercent(3, 2));
    }

    @Test
    void aCountedRowRoundsSecondsAndReadsMissingCountsAsZero() {
        ChannelFigures row = ChannelFigures.counted(7L, "Aurora", Channel.EMAIL, 3L, 2L, 1, new BigDecimal("4500.4999"),
                4500.5, new BigDecimal("6660.0000"), 1, null);
        assertEquals(3, row.opened());
        assertEquals(2, row.responded());
        assertEquals(new BigDecimal("50.0"), row.onTimePercent());
        assertEquals(4500L, row.averageSeconds());
        assertEquals(4501L, row.medianSeconds(), "half up");
        assertEquals(6660L, row.p90Seconds());
        assertEquals(1, row.awaiting());
        assertEquals(0, row.pastDue(), "a sum over no row is null in SQL");

        ChannelFigures unanswered = ChannelFigures.counted(null, null, null, 0, null, null, null, null, null, null, null);
        assertNull(unanswered.averageSeconds());
        assertNull(unanswered.onTimePercent());
        assertTrue(unanswered.isTotal());
    }

    @Test
    void theReportListsClientsByNameThenEveryChannelThenTheOverallTotal() {
        ChannelFigures zetaWeb = ChannelFigures.counted(2L, "zeta", Channel.WEB, 1, 0, 0, null, null, null, 1, 0);
        ChannelFigures auroraFax = ChannelFigures.counted(1L, "Aurora", Channel.FAX, 1, 1, 1, 60, 60, 60, 0, 0);
        ChannelFigures auroraPhone = ChannelFigures.counted(1L, "Aurora", Channel.PHONE, 2, 2, 2, 30, 30, 30, 0, 0);
        ChannelFigures web = ChannelFigures.counted(null, null, Channel.WEB, 1, 0, 0, null, null, null, 1, 0);
        ChannelFigures fax = ChannelFigures.counted(null, null, Channel.FAX, 1, 1, 1, 60, 60, 60, 0, 0);
        ChannelFigures phone = ChannelFigures.counted(null, null, Channel.PHONE, 2, 2, 2, 30, 30, 30, 0, 0);
        ChannelFigures all = ChannelFigures.counted(null, null, null, 4, 3, 3, 40, 30, 54, 1, 0);

        List<ChannelFigures> rows = ChannelFigures.report(List.of(all, web, zetaWeb, fax, auroraFax, phone, auroraPhone));

        assertEquals(List.of(auroraPhone, auroraFax, zetaWeb, phone, ChannelFigures.none(Channel.EMAIL), fax, web, all), rows,
                "clients by name whatever the case, channels in enum order (PHONE, EMAIL, FAX, WEB), e-mail's empty row too");
    }

    @Test
    void nothingInViewStillShowsEveryChannelAndAnEmptyTotal() {
        List<ChannelFigures> rows = ChannelFigures.report(List.of());
        assertEquals(Channel.values().length + 1, rows.size());
        ChannelFigures overall = rows.get(rows.size() - 1);
        assertTrue(overall.isTotal());
        assertNull(overall.channel());
        assertEquals(0, overall.opened());
        assertNull(overall.averageSeconds(), "no data is no data: the page shows a dash");
    }

    @Test
    void theMonthsSurveyAnswersJoinTheirClientsChannelAndTotalsAndMakeARowOfTheirOwnWhereNoTicketWasOpened() {
        ChannelFigures auroraPhone = ChannelFigures.counted(1L, "Aurora", Channel.PHONE, 2, 2, 2, 30, 30, 30, 0, 0);
        ChannelFigures phone = ChannelFigures.counted(null, null, Channel.PHONE, 2, 2, 2, 30, 30, 30, 0, 0);
        ChannelFigures all = ChannelFigures.counted(null, null, null, 2, 2, 2, 30, 30, 30, 0, 0);
        // Aurora's phone: 5, 4 and 10, 6 (1 promoter, 1 detractor); Aurora's e-mail (no ticket opened this month): 3 and 9
        ChannelFigures.Satisfaction phoneAnswers = ChannelFigures.Satisfaction.counted(2, 9, 1, 1);
        ChannelFigures.Satisfaction mailAnswers = ChannelFigures.Satisfaction.counted(1, 3, 1, 0);
        ChannelFigures.Satisfaction allAnswers = ChannelFigures.Satisfaction.counted(3, 12, 2, 1);
        List<ChannelFigures> answered = List.of(
                ChannelFigures.none(Channel.PHONE).with(phoneAnswers),
                new ChannelFigures(1L, "Aurora", Channel.PHONE, 0, 0, 0, null, null, null, null, 0, 0, phoneAnswers),
                new ChannelFigures(1L, "Aurora", Channel.EMAIL, 0, 0, 0, null, null, null, null, 0, 0, mailAnswers),
                ChannelFigures.none(Channel.EMAIL).with(mailAnswers),
                ChannelFigures.none(null).with(allAnswers));

        List<ChannelFigures> rows = ChannelFigures.report(List.of(all, phone, auroraPhone), answered);

        assertEquals(List.of(auroraPhone.with(phoneAnswers), new ChannelFigures(1L, "Aurora", Channel.EMAIL, 0, 0, 0, null, null, null,
                        null, 0, 0, mailAnswers), phone.with(phoneAnswers), ChannelFigures.none(Channel.EMAIL).with(mailAnswers),
                ChannelFigures.none(Channel.FAX), ChannelFigures.none(Channel.WEB), all.with(allAnswers)), rows);
        assertEquals(new BigDecimal("4.5000"), rows.get(0).satisfaction().csat());
        assertEquals(new BigDecimal("0.0000"), rows.get(0).satisfaction().nps());
        assertEquals(new BigDecimal("100.0000"), rows.get(1).satisfaction().nps());
        assertEquals(new BigDecimal("4.0000"), rows.get(6).satisfaction().csat());
        assertEquals(new BigDecimal("33.3333"), rows.get(6).satisfaction().nps());
        assertNull(rows.get(4).satisfaction().csat(), "no answers: no value");
        assertNull(rows.get(4).satisfaction().nps());
    }
}
