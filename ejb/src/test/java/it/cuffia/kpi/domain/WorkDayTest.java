package it.cuffia.kpi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.PauseTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkDayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 10);
    private static final TallyKey INBOUND = new TallyKey(7L, 1L, null);
    private static final TallyKey CAMPAIGN = new TallyKey(7L, 1L, 30L);

    private static Instant at(int hour, int minute, int second) {
        return ZonedDateTime.of(DAY.atTime(hour, minute, second), it.cuffia.shared.domain.Zones.ROME).toInstant();
    }

    private final WorkDay day = new WorkDay(DAY, at(23, 0, 0));

    private KpiCounters total() {
        KpiCounters sum = new KpiCounters();
        day.tallies().forEach(t -> sum.add(t.getCounters()));
        return sum;
    }

    @Test
    void ahtIsTalkPlusWrapUpOverCallsHandledWithHoldInsideTalk() {
        // 5 min talk (of which 1 min hold) + 1 min wrap-up; 3 min talk + 30 s wrap-up
        day.call(new WorkDay.Call(INBOUND, true, at(9, 0, 0), at(9, 5, 0), at(9, 6, 0), null, 4));
        day.call(new WorkDay.Call(INBOUND, true, at(10, 0, 0), at(10, 3, 0), at(10, 3, 30), null, 5));
        day.call(new WorkDay.Call(INBOUND, true, null, null, null, null, null)); // rang, never answered

        KpiCounters counters = total();
        assertEquals(Optional.of(new BigDecimal("2")), counters.value(Kpi.CALLS_HANDLED));
        assertEquals(Optional.of(new BigDecimal("285.0000")), counters.value(Kpi.AHT)); // (360 + 210) / 2
        assertEquals(Optional.of(new BigDecimal("4.5000")), counters.value(Kpi.CSAT));
    }

    @Test
    void callsGroupedByTheDatabaseCountAsTheSameCallsOneByOne() {
        WorkDay oneByOne = new WorkDay(DAY, at(23, 0, 0));
        oneByOne.call(new WorkDay.Call(CAMPAIGN, false, at(11, 0, 0), at(11, 2, 0), at(11, 3, 0), "SALE", 5));
        oneByOne.call(new WorkDay.Call(CAMPAIGN, false, at(12, 0, 0), at(12, 10, 0), at(12, 12, 0), "SALE", null));
        oneByOne.call(new WorkDay.Call(CAMPAIGN, false, null, null, null, "NO_ANSWER", null));
        oneByOne.call(new WorkDay.Call(INBOUND, true, at(9, 0, 0), at(9, 5, 0), at(9, 6, 0), null, 4));
        oneByOne.call(new WorkDay.Call(INBOUND, true, null, null, null, null, null));
        // as the tally's grouped query hands them: per key, direction, outcome and answered-and-ended, with summed seconds
        day.calls(new WorkDay.CallGroup(CAMPAIGN, false, true, "SALE", 2, 180 + 720, 5, 1));
        day.calls(new WorkDay.CallGroup(CAMPAIGN, false, false, "NO_ANSWER", 1, 0, 0, 0));
        day.calls(new WorkDay.CallGroup(INBOUND, true, true, null, 1, 360, 4, 1));
        day.calls(new WorkDay.CallGroup(INBOUND, true, false, null, 1, 0, 0, 0));

        KpiCounters expected = new KpiCounters();
        oneByOne.tallies().forEach(t -> expected.add(t.getCounters()));
        assertEquals(List.of(expected.counts()), List.of(total().counts()));
        assertEquals(Optional.of(new BigDecimal("66.67")), total().value(Kpi.CONTACT_RATE));
        assertEquals(900 + 360, WorkDay.handleSeconds(at(11, 0, 0), at(11, 2, 0), at(11, 3, 0))
                + WorkDay.handleSeconds(at(12, 0, 0), at(12, 10, 0), at(12, 12, 0)) + 360);
    }

    @Test
    void countersReadBackFromTheirColumnsAreTheSame() {
        day.call(new WorkDay.Call(INBOUND, true, at(9, 0, 0), at(9, 5, 0), at(9, 6, 0), null, 4));
        day.sale(new WorkDay.SaleFact(CAMPAIGN, new BigDecimal("59.90")));
        day.surveyAnswer(new WorkDay.SurveyAnswer(INBOUND, 5, 9));
        KpiCounters counters = total();
        Object[] row = new Object[KpiCounters.COLUMNS.size() + 1];
        row[0] = 42L;
        System.arraycopy(counters.counts(), 0, row, 1, KpiCounters.COLUMNS.size());
        assertEquals(KpiCounters.COLUMNS.size(), counters.counts().length);
        assertEquals(List.of(counters.counts()), List.of(KpiCounters.of(row, 1).counts()));
        assertEquals(counters.values(), KpiCounters.of(row, 1).values());
    }

    @Test
    void fcrCountsTicketsResolvedBeforeTheOpeningCallsWrapUpEndedAndNeverEscalated() {
        Instant wrapEnd = at(9, 6, 0);
        day.ticketOpened(new WorkDay.TicketOpened(INBOUND, at(9, 5, 30), wrapEnd, false)); // FCR
        day.ticketOpened(new WorkDay.TicketOpened(INBOUND, at(9, 7, 0), wrapEnd, false));  // resolved later
        day.ticketOpened(new WorkDay.TicketOpened(INBOUND, at(9, 5, 0), wrapEnd, true));   // escalated
        day.ticketOpened(new WorkDay.TicketOpened(INBOUND, null, wrapEnd, false));         // still open

        KpiCounters counters = total();
        assertEquals(Optional.of(new BigDecimal("25.00")), counters.value(Kpi.FCR));
        assertEquals(Optional.of(new BigDecimal("25.00")), counters.value(Kpi.ESCALATION_RATE));
    }

    @Test
    void aTicketResolvedWhileItsOpeningCallIsStillInWrapUpCountsForFcrOnceTheWrapUpEndIsKnown() {
        // resolved during the call, the wrap-up still under way (the ticket does not know its end yet), or opened outside a contact
        WorkDay during = new WorkDay(DAY, at(9, 6, 10));
        during.ticketOpened(new WorkDay.TicketOpened(INBOUND, at(9, 5, 30), null, false));
        during.ticketOpened(new WorkDay.TicketOpened(INBOUND, at(9, 5, 40), null, false));
        KpiCounters before = new KpiCounters();
        during.tallies().forEach(t -> before.add(t.getCounters()));
        assertEquals(Optional.of(new BigDecimal("0.00")), before.value(Kpi.FCR), "no wrap-up end yet: not first contact (yet)");

        // the day counted again after the wrap-up ended (the month close, a restart): the same resolution counts
        WorkDay after = new WorkDay(DAY, at(18, 0, 0));
        after.ticketOpened(new WorkDay.TicketOpened(INBOUND, at(9, 5, 30), at(9, 6, 30), false));
        after.ticketOpened(new WorkDay.TicketOpened(INBOUND, at(9, 5, 40), null, false));
        KpiCounters later = new KpiCounters();
        after.tallies().forEach(t -> later.add(t.getCounters()));
        assertEquals(Optional.of(new BigDecimal("50.00")), later.value(Kpi.FCR));
    }

    @Test
    void ratiosWithoutADenominatorHaveNoValueAndCountsAreZero() {
        KpiCounters empty = new KpiCounters();
        assertEquals(Optional.empty(), empty.value(Kpi.FCR));
        assertEquals(Optional.empty(), empty.value(Kpi.AHT));
        assertEquals(Optional.empty(), empty.value(Kpi.OCCUPANCY));
        assertEquals(Optional.of(BigDecimal.ZERO), empty.value(Kpi.ATTEMPTS));
        assertTrue(empty.isEmpty());
    }

    @Test
    void outboundAttemptsContactsAndConversionsFollowTheOutcome() {
        day.call(new WorkDay.Call(CAMPAIGN, false, null, null, null, "NO_ANSWER", null));
        day.call(new WorkDay.Call(CAMPAIGN, false, at(11, 0, 0), at(11, 2, 0), at(11, 3, 0), "NOT_INTERESTED", null));
        day.call(new WorkDay.Call(CAMPAIGN, false, at(12, 0, 0), at(12, 10, 0), at(12, 12, 0), "SALE", null));

        KpiCounters counters = total();
        assertEquals(Optional.of(new BigDecimal("3")), counters.value(Kpi.ATTEMPTS));
        assertEquals(Optional.of(new BigDecimal("66.67")), counters.value(Kpi.CONTACT_RATE));
        assertEquals(Optional.of(new BigDecimal("50.00")), counters.value(Kpi.CONVERSION_RATE));
    }

    @Test
    void loggedTimeIsClippedToTheDayAndToNowAndPausesAreNotAvailable() {
        // logged in since the evening before; paused 30 min; still available when the day is read at 23:00
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.AVAILABLE, at(0, 0, 0).minusSeconds(3600), at(8, 0, 0)));
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.PAUSED, at(8, 0, 0), at(8, 30, 0)));
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.AVAILABLE, at(22, 0, 0), null));
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.LOGGED_OUT, at(8, 30, 0), at(22, 0, 0)));
        day.call(new WorkDay.Call(INBOUND, true, at(22, 0, 0), at(22, 30, 0), at(22, 36, 0), null, null));

        List<KpiTally> tallies = day.tallies();
        KpiTally time = tallies.stream().filter(t -> t.getClientId() == null).findFirst().orElseThrow();
        assertEquals((8 * 3600 + 1800 + 3600), time.getCounters().getLoggedSeconds());
        // work 36 min over available 9 h: 6.67 %
        assertEquals(Optional.of(new BigDecimal("6.67")), total().value(Kpi.OCCUPANCY));
        // booked none over 9.5 logged hours
        assertEquals(Optional.of(new BigDecimal("0.0000")), total().value(Kpi.APPOINTMENTS_PER_HOUR));
    }

    @Test
    void aPauseCountsByItsCodesFlagsUnpaidNotLoggedProductiveOccupied() {
        // 8 h available from 9:00, inside them: 1 h lunch (unpaid), 1 h training (paid, productive), 15 min coffee
        // (paid, unproductive), 15 min forced pause without code (counts as coffee); 1 h of calls handled
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.AVAILABLE, at(9, 0, 0), at(13, 0, 0)));
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.PAUSED, at(13, 0, 0), at(14, 0, 0), new PauseTime(false, false)));
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.PAUSED, at(14, 0, 0), at(15, 0, 0), new PauseTime(true, true)));
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.PAUSED, at(15, 0, 0), at(15, 15, 0), new PauseTime(true, false)));
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.PAUSED, at(15, 15, 0), at(15, 30, 0)));
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.AVAILABLE, at(15, 30, 0), at(17, 0, 0)));
        day.call(new WorkDay.Call(INBOUND, true, at(10, 0, 0), at(10, 50, 0), at(11, 0, 0), null, null));

        KpiCounters counters = total();
        // logged (paid): 8 h of the day less the unpaid lunch = 7 h
        assertEquals(7 * 3600, counters.getLoggedSeconds());
        // available: 4 h + 1 h training + 1.5 h = 6.5 h; occupied: 1 h of calls + 1 h training = 2 h → 30.77 %
        assertEquals(Optional.of(new BigDecimal("30.77")), counters.value(Kpi.OCCUPANCY));
    }

    @Test
    void aPauseWithoutCodeCountsAsBeforePauseCodesLoggedButNotAvailable() {
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.AVAILABLE, at(9, 0, 0), at(10, 0, 0)));
        day.statePeriod(new WorkDay.StatePeriod(7L, AgentState.PAUSED, at(10, 0, 0), at(11, 0, 0), null));
        day.call(new WorkDay.Call(INBOUND, true, at(9, 0, 0), at(9, 20, 0), at(9, 30, 0), null, null));

        assertEquals(2 * 3600, total().getLoggedSeconds());
        assertEquals(Optional.of(new BigDecimal("50.00")), total().value(Kpi.OCCUPANCY));
    }

    @Test
    void showRateCountsOnlyMeetingsAlreadyDueAndStillOccupyingTheSalesPerson() {
        day.appointment(new WorkDay.AppointmentFact(CAMPAIGN, true, true, at(9, 0, 0), true, true));      // held
        day.appointment(new WorkDay.AppointmentFact(CAMPAIGN, false, true, at(10, 0, 0), false, true));   // no show
        day.appointment(new WorkDay.AppointmentFact(CAMPAIGN, false, true, at(11, 0, 0), false, false));  // cancelled
        day.appointment(new WorkDay.AppointmentFact(CAMPAIGN, true, true, at(23, 30, 0), false, true));   // not due yet

        KpiCounters counters = total();
        assertEquals(Optional.of(new BigDecimal("50.00")), counters.value(Kpi.SHOW_RATE));
        assertEquals(2, counters.getAppointmentsBooked());
    }

    @Test
    void countsAddUpAcrossTalliesAndRatiosAreTakenFromTheSums() {
        KpiCounters a = new KpiCounters();
        a.outboundAttempt(true, true, 60);
        KpiCounters b = new KpiCounters();
        b.outboundAttempt(false, false, 0);
        b.outboundAttempt(true, false, 60);
        // 2 conversions... no: 1 conversion over 2 contacts, not the mean of 100 % and 0 %
        assertEquals(Optional.of(new BigDecimal("50.00")), a.copy().add(b).value(Kpi.CONVERSION_RATE));
        b.sale(new BigDecimal("10.005"));
        assertEquals(Optional.of(new BigDecimal("10.00")), b.value(Kpi.REVENUE));
    }

    @Test
    void qualityIsTheAverageScoreOfTheEvaluationsAndHasNoValueWithoutOne() {
        assertEquals(Optional.empty(), new KpiCounters().value(Kpi.QUALITY), "no evaluation: \"—\", never 0");
        day.evaluation(new WorkDay.EvaluationFact(INBOUND, 8750));   // 87,50 %
        day.evaluation(new WorkDay.EvaluationFact(CAMPAIGN, 0));     // a critical item failed
        day.evaluation(new WorkDay.EvaluationFact(CAMPAIGN, 6667));  // 66,67 %
        // (87.50 + 0 + 66.67) / 3 = 51.3900 → 51.39, from the summed points, across tallies
        assertEquals(Optional.of(new BigDecimal("51.39")), total().value(Kpi.QUALITY));
        assertEquals(3, total().getQualityCount());
    }
}
