package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.kpi.domain.ScopeKind;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The KPI and statement jobs on a fixture month computed by hand (PayFixtures), started as an
 * operator would: through the batch API as admin. Every KPI and every euro is asserted; a run that
 * fails midway and is restarted gives the same result; approved statements never change.
 */
@ExtendWith(ArquillianExtension.class)
class PayIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    PayFixtures fixtures;

    /** Agent A of the fixture, by hand (see PayFixtures): 3 calls of 420 + 300 + 720 s; 4 tickets, 2 solved in the call… */
    static final Map<String, String> AGENT_A = kpis(
            "CALLS_HANDLED=3", "AHT=480.0000", "FCR=50.00", "ESCALATION_RATE=25.00", "SLA_COMPLIANCE=66.67", "REOPEN_RATE=33.33",
            "CSAT=4.0000", "NPS=—", "ATTEMPTS=9", "CONTACTS=8", "CONTACT_RATE=88.89", "CONVERSION_RATE=87.50",
            // 4 booked over 41 400 s logged; 2 held of 3 due; 100.00 + 59.90 (the cancelled 40.00 never counts)
            "APPOINTMENTS_PER_HOUR=0.3478", "SHOW_RATE=66.67", "REVENUE=159.90",
            // handle time 1 440 + 3 060 s over 39 600 s available (the half hour paused is logged, not available)
            "OCCUPANCY=11.36",
            "QUALITY=—"); // no quality evaluation in the fixture month

    static final Map<String, String> AGENT_B = kpis(
            "CALLS_HANDLED=1", "AHT=900.0000", "FCR=—", "ESCALATION_RATE=—", "SLA_COMPLIANCE=—", "REOPEN_RATE=—", "CSAT=—", "NPS=—",
            "ATTEMPTS=0", "CONTACTS=0", "CONTACT_RATE=—", "CONVERSION_RATE=—", "APPOINTMENTS_PER_HOUR=0.0000", "SHOW_RATE=—",
            "REVENUE=0.00", "OCCUPANCY=6.25",
            "QUALITY=—"); // no quality evaluation in the fixture month

    static final List<String> STATEMENT_A = List.of(
            "FIXED FULL_TIME | 30 | 1500.00",
            "VARIABLE Appuntamenti svolti | 2 | 25.00",          // tiers 1:10; 2:15 → 10 + 15
            "VARIABLE Vendite | 1 | 7.50 | pay.note.sales",      // 5.00 + 2.5 % of 100.00; no consent and cancelled never count, and it says so
            "VARIABLE Bonus FCR | 50 | 100.00",                  // 50.00 ≥ 50
            "VARIABLE Bonus AHT | 480 | 0.00 | pay.note.targetMissed",
            "VARIABLE Bonus conversione | 87.5 | 0.00 | pay.note.gate", // CSAT 4.0 < 4.5 closes the gate
            "CAP cap | - | -12.50 | pay.note.cap");              // 132.50 brought down to 120.00

    static final List<String> STATEMENT_B = List.of(
            "FIXED PART_TIME | 15 | 450.00",                    // 900.00 × 15 / 30 (from the 16th)
            "VARIABLE Appuntamenti svolti | 0 | 0.00",
            "VARIABLE Vendite | 0 | 0.00",
            "VARIABLE Bonus FCR | - | 0.00 | pay.note.noValue",
            "VARIABLE Bonus AHT | 900 | 0.00 | pay.note.targetMissed",
            "VARIABLE Bonus conversione | - | 0.00 | pay.note.gate.noValue"); // CSAT "—": a gate without a value is not met

    @Test
    void theMonthCloseComputesEveryKpiAndEveryEuroOfTheFixtureMonth() {
        PayFixtures.Setup setup = fixtures.create();
        JsonObject run = runToEnd(start("month-close?month=2025-11"));
        assertEquals("COMPLETED", run.getString("status"), run.toString());

        assertEquals(AGENT_A, fixtures.agentMonth(setup.agentA()));
        assertEquals(AGENT_B, fixtures.agentMonth(setup.agentB()));
        Map<String, String> team = fixtures.scopeMonth(ScopeKind.TEAM, setup.teamId());
        assertEquals("4", team.get("CALLS_HANDLED"));
        assertEquals("585.0000", team.get("AHT"));            // (1 440 + 900) / 4: ratios of sums, not means of ratios
        assertEquals("10.00", team.get("OCCUPANCY"));         // 5 400 / 54 000
        Map<String, String> client = fixtures.scopeMonth(ScopeKind.CLIENT, setup.clientId());
        assertEquals("159.90", client.get("REVENUE"));
        assertEquals("—", client.get("OCCUPANCY"));           // time in state belongs to no client
        Map<String, String> selling = fixtures.scopeMonth(ScopeKind.CAMPAIGN, setup.sellingCampaign());
        assertEquals("5", selling.get("ATTEMPTS"));
        assertEquals("75.00", selling.get("CONVERSION_RATE")); // 3 sales of 4 contacts

        PayFixtures.StatementView a = fixtures.statement(setup.agentA()).orElseThrow();
        assertEquals(STATEMENT_A, a.lines());
        assertEquals(new BigDecimal("1500.00"), a.fixed());
        assertEquals(new BigDecimal("120.00"), a.variable());
        assertEquals(new BigDecimal("1620.00"), a.total());
        PayFixtures.StatementView b = fixtures.statement(setup.agentB()).orElseThrow();
        assertEquals(STATEMENT_B, b.lines());
        assertEquals(new BigDecimal("450.00"), b.total());

        // a re-run of the period replaces its results: same numbers, no extra rows
        long rows = fixtures.tallyRows(setup.agentA());
        assertEquals("COMPLETED", runToEnd(start("kpi?from=2025-11-01&to=2025-11-30")).getString("status"));
        assertEquals(rows, fixtures.tallyRows(setup.agentA()));
        assertEquals(1, fixtures.dayResults(LocalDate.of(2025, 11, 3), setup.agentA()));
        assertEquals(AGENT_A, fixtures.agentMonth(setup.agentA()));
    }

    /**
     * FCR: a ticket resolved in its call before the call's wrap-up ended. The wrap-up end is known only after the
     * resolution: the ticket learns it when the wrap-up ends (CallFinished, the event the console, the outbound outcome
     * and the wrap-up timeout fire), without a new version, and the day's tally then counts it.
     */
    @Test
    void aTicketResolvedDuringItsCallCountsForFcrOnceTheCallsWrapUpHasEnded() {
        PayFixtures.Setup setup = fixtures.create();
        LocalDate day = LocalDate.of(2025, 11, 26); // a day without other work of agent A
        PayFixtures.TicketInCall inCall = fixtures.ticketResolvedInItsCall(setup.agentA(), setup.clientId(), day);
        String before = fixtures.openingWrapUp(inCall);
        assertTrue(before.startsWith("null | null | "), before);
        assertEquals("1 0 0.00", fixtures.ticketsOfTheDay(setup.agentA(), day), "the wrap-up is under way: not a first contact resolution yet");

        fixtures.endWrapUp(inCall.callId());
        fixtures.wrappedUp(inCall.callId());

        String[] after = fixtures.openingWrapUp(inCall).split(" \\| ");
        assertEquals(after[0], after[1], "the ticket keeps its call's wrap-up end");
        assertEquals(before.substring(before.lastIndexOf(' ') + 1), after[2], "nobody changed the ticket: a page open on it still saves");
        assertEquals("1 1 100.00", fixtures.ticketsOfTheDay(setup.agentA(), day));
    }

    @Test
    void aBadPeriodIsRefusedWithAMessageAndNothingStarts() {
        HttpResponse<String> month = ConsoleClient.api("POST", "batch/month-close?month=2025-13", Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(422, month.statusCode(), month.body());
        assertEquals("Non è un mese: 2025-13 (aaaa-mm).", Cti.json(month).getString("detail"));
        HttpResponse<String> days = ConsoleClient.api("POST", "batch/kpi?from=2025-11-30&to=2025-11-01", Demo.ADMIN, Demo.PASSWORD, null, "en");
        assertEquals(422, days.statusCode(), days.body());
        assertTrue(Cti.json(days).getString("detail").startsWith("Give a month, or a first and last day"), days.body());
        HttpResponse<String> drill = ConsoleClient.api("POST", "batch/kpi?month=2025-11&failOnDay=2025-11-31", Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(422, drill.statusCode(), drill.body());
        assertEquals("Non è una data: 2025-11-31 (aaaa-mm-gg).", Cti.json(drill).getString("detail"));
        HttpResponse<String> agent = ConsoleClient.api("POST", "batch/kpi?month=2025-11", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it");
        assertEquals(403, agent.statusCode(), agent.body());
    }

    @Test
    void aRunThatFailsMidwayAndIsRestartedGivesTheSameResult() {
        PayFixtures.Setup setup = fixtures.create();
        JsonObject failed = runToEnd(start("month-close?month=2025-11&failOnDay=2025-11-10"));
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertTrue(failed.getString("exitStatus").contains("drill"), failed.toString());
        // the days before the failure were committed with their checkpoint; no statement yet
        assertTrue(fixtures.statement(setup.agentA()).isEmpty());

        HttpResponse<String> restart = ConsoleClient.api("POST", "batch/executions/" + failed.getJsonNumber("executionId") + "/restart",
                Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(202, restart.statusCode(), restart.body());
        JsonObject restarted = runToEnd(Cti.json(restart).getJsonNumber("executionId").longValue());
        assertEquals("COMPLETED", restarted.getString("status"), restarted.toString());

        assertEquals(AGENT_A, fixtures.agentMonth(setup.agentA()));
        assertEquals(AGENT_B, fixtures.agentMonth(setup.agentB()));
        assertEquals(STATEMENT_A, fixtures.statement(setup.agentA()).orElseThrow().lines());
        assertEquals(STATEMENT_B, fixtures.statement(setup.agentB()).orElseThrow().lines());
    }

    @Test
    void anApprovedStatementStaysAsItWasWhenTheMonthIsClosedAgain() {
        PayFixtures.Setup setup = fixtures.create();
        assertEquals("COMPLETED", runToEnd(start("month-close?month=2025-11")).getString("status"));
        fixtures.approve(setup.agentA());
        PayFixtures.StatementView approved = fixtures.statement(setup.agentA()).orElseThrow();
        PayFixtures.StatementView draftB = fixtures.statement(setup.agentB()).orElseThrow();

        fixtures.markDecemberVisitAsNovember(setup.agentA()); // a third visit held in November: A's numbers change
        JsonObject again = runToEnd(start("month-close?month=2025-11"));
        assertEquals("COMPLETED", again.getString("status"));
        String statementsStep = again.getJsonArray("steps").getJsonObject(2).getString("exitStatus");
        assertTrue(statementsStep.matches("STORED \\d+, APPROVED UNCHANGED [1-9]\\d*"), statementsStep);

        assertEquals("75.00", fixtures.agentMonth(setup.agentA()).get("SHOW_RATE")); // the KPIs do follow: 3 held of 4 due
        assertEquals(approved, fixtures.statement(setup.agentA()).orElseThrow());
        assertEquals("APPROVED", approved.status());
        PayFixtures.StatementView recomputedB = fixtures.statement(setup.agentB()).orElseThrow();
        assertEquals(draftB.lines(), recomputedB.lines());
        assertTrue(recomputedB.computedAt().isAfter(draftB.computedAt()), "the draft was recomputed");
    }

    private static long start(String pathAndQuery) {
        HttpResponse<String> started = ConsoleClient.api("POST", "batch/" + pathAndQuery, Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(202, started.statusCode(), started.body());
        return Cti.json(started).getJsonNumber("executionId").longValue();
    }

    /**
     * Polls the execution until it ends (the jobs run on the batch runtime's own threads). In the server, where
     * Awaitility is not deployed: other in-server tests use it too.
     */
    static JsonObject runToEnd(long executionId) {
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            JsonObject run = Cti.json(ConsoleClient.api("GET", "batch/executions/" + executionId, Demo.ADMIN, Demo.PASSWORD, null, "it"));
            String status = run.getString("status");
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
                return run;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("execution " + executionId + " still " + status);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static Map<String, String> kpis(String... pairs) {
        Map<String, String> map = new TreeMap<>();
        for (String pair : pairs) {
            String[] kv = pair.split("=", 2);
            map.put(kv[0], kv[1]);
        }
        return map;
    }
}
