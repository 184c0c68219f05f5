package it.cuffia.kpi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RollUpTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 12);
    private static final Instant NOW = Instant.parse("2025-06-13T02:00:00Z");

    private static KpiTally tally(long agent, Long client, Long campaign, int callsHandled, String revenue, long loggedSeconds) {
        KpiTally tally = new KpiTally(DAY, new TallyKey(agent, client, campaign));
        KpiCounters counters = tally.getCounters();
        for (int i = 0; i < callsHandled; i++) {
            counters.inboundCalls(1, 100);
        }
        if (revenue != null) {
            counters.sale(new BigDecimal(revenue));
        }
        if (loggedSeconds > 0) {
            counters.loggedIn(loggedSeconds, false);
        }
        return tally;
    }

    private static Map<String, KpiCounters> byScope(List<KpiResult> results) {
        return results.stream().collect(Collectors.toMap(r -> r.getScopeKind() + " " + r.getScopeId(), KpiResult::getCounters));
    }

    @Test
    void sumsTheTalliesPerAgentTeamCampaignAndClient() {
        // agent 7 (team 70): inbound for client 1, a sale on campaign 30 of client 1, time in state (no client);
        // agent 8 (team 70): inbound for client 2; agent 9 (no team): a sale on campaign 30
        List<KpiTally> tallies = List.of(
                tally(7, 1L, null, 3, null, 0),
                tally(7, 1L, 30L, 0, "99.90", 0),
                tally(7, null, null, 0, null, 28_800),
                tally(8, 2L, null, 2, null, 0),
                tally(9, 1L, 30L, 0, "10.05", 0));

        Map<String, KpiCounters> results = byScope(new RollUp(PeriodKind.DAY, DAY, Map.of(7L, 70L, 8L, 70L)).add(tallies).results(NOW));

        assertEquals(List.of("AGENT 7", "AGENT 8", "AGENT 9", "CAMPAIGN 30", "CLIENT 1", "CLIENT 2", "TEAM 70"),
                results.keySet().stream().sorted().toList());
        assertEquals(3, results.get("AGENT 7").getCallsHandled());
        assertEquals(new BigDecimal("99.90"), results.get("AGENT 7").getRevenue());
        assertEquals(28_800, results.get("AGENT 7").getLoggedSeconds());
        assertEquals(5, results.get("TEAM 70").getCallsHandled());
        assertEquals(28_800, results.get("TEAM 70").getLoggedSeconds());
        assertEquals(new BigDecimal("99.90"), results.get("TEAM 70").getRevenue()); // agent 9 has no team
        assertEquals(new BigDecimal("109.95"), results.get("CAMPAIGN 30").getRevenue());
        assertEquals(0, results.get("CAMPAIGN 30").getCallsHandled());
        assertEquals(3, results.get("CLIENT 1").getCallsHandled());
        assertEquals(new BigDecimal("109.95"), results.get("CLIENT 1").getRevenue());
        assertEquals(0, results.get("CLIENT 1").getLoggedSeconds()); // time in state belongs to no client
        assertEquals(2, results.get("CLIENT 2").getCallsHandled());
    }

    @Test
    void resultsAreOfThePeriodAndLeaveTheTalliesAsTheyWere() {
        KpiTally tally = tally(7, 1L, null, 2, null, 0);
        List<KpiResult> results = new RollUp(PeriodKind.MONTH, DAY.withDayOfMonth(1), Map.of()).add(List.of(tally, tally)).results(NOW);

        assertEquals(2, results.size()); // AGENT 7, CLIENT 1
        results.forEach(r -> {
            assertEquals(PeriodKind.MONTH, r.getPeriodKind());
            assertEquals(LocalDate.of(2025, 6, 1), r.getPeriodStart());
            assertEquals(NOW, r.getComputedAt());
            assertEquals(4, r.getCounters().getCallsHandled());
        });
        assertEquals(2, tally.getCounters().getCallsHandled());
    }

    @Test
    void aTallyOfAnotherPeriodIsRefused() {
        RollUp rollUp = new RollUp(PeriodKind.DAY, DAY, Map.of());
        assertThrows(IllegalArgumentException.class, () -> rollUp.add(List.of(new KpiTally(DAY.plusDays(1), TallyKey.time(7L)))));
    }

    @Test
    void noTalliesNoResults() {
        assertEquals(List.of(), new RollUp(PeriodKind.DAY, DAY, Map.of(7L, 70L)).add(List.of()).results(NOW));
    }
}
