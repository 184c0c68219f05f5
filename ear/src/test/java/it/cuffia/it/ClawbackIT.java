package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sales cancelled after the fact, on PayIT's hand-computed month (PayFixtures, November 2025): cancelled
 * while the month is a draft, the sale earns nothing and the statement says why; cancelled after the
 * approval, the approved statement stays as it was and what the sale paid comes back in December.
 */
@ExtendWith(ArquillianExtension.class)
class ClawbackIT {

    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    PayFixtures fixtures;

    @Test
    void aSaleCancelledAfterItsMonthWasApprovedIsClawedBackInTheNextOpenMonth() {
        PayFixtures.Setup setup = fixtures.create();
        fixtures.liftCap(setup.clientId()); // with the cap, 132.50 → 120.00 would absorb the sale's 7.50
        closeNovember();
        fixtures.approve(setup.agentA());
        PayFixtures.StatementView approved = fixtures.statement(setup.agentA()).orElseThrow();
        assertEquals("132.50", approved.variable().toPlainString());

        Long sale = fixtures.saleOf(setup.agentA(), "100.00");
        JsonObject cancelled = Cti.json(cancel(sale, "{\"on\":\"2026-03-09\",\"reason\":\"Recesso entro 14 giorni\"}", 200));
        assertEquals("2026-03-09", cancelled.getString("cancelledOn"));
        assertEquals(Demo.ADMIN, cancelled.getString("cancelledBy"));

        assertEquals(approved, fixtures.statement(setup.agentA()).orElseThrow(), "an approved statement never changes");
        // 5.00 + 2.5 % of 100.00 = 7.50 paid in November, taken back in December (the first month not approved)
        assertEquals(List.of("2025-12 2025-11 -7.50 Recesso entro 14 giorni"), fixtures.clawbacks(setup.agentA()));
        assertTrue(fixtures.computed(setup.agentA(), DECEMBER)
                .contains("CLAWBACK sale|" + sale + "|2025-11 | - | -7.50 | pay.note.reason Recesso entro 14 giorni"),
                () -> fixtures.computed(setup.agentA(), DECEMBER).toString());

        HttpResponse<String> again = cancel(sale, "{\"reason\":\"Di nuovo\"}", 422);
        assertTrue(again.body().contains("già stata annullata"), again.body());
        assertEquals(1, fixtures.clawbacks(setup.agentA()).size(), "a refused cancellation claws nothing back");
    }

    @Test
    void aSaleCancelledWhileItsMonthIsADraftEarnsNothingAndTheDraftSaysWhy() {
        PayFixtures.Setup setup = fixtures.create();
        closeNovember();
        Long sale = fixtures.saleOf(setup.agentA(), "100.00");
        cancel(sale, "{\"on\":\"2025-11-20\",\"reason\":\"Disdetta\"}", 200);

        List<String> draft = fixtures.statement(setup.agentA()).orElseThrow().lines();
        assertTrue(draft.contains("VARIABLE Vendite | 0 | 0.00 | pay.note.sales"), draft::toString);
        assertEquals(List.of(), fixtures.clawbacks(setup.agentA()), "nothing was paid, nothing comes back");
        // 3 sales, none paid; 1 without consent (59.90); 2 cancelled (100.00 + 40.00)
        assertTrue(fixtures.computed(setup.agentA(), PayFixtures.MONTH).contains("VARIABLE Vendite | 0 | 0.00 | pay.note.sales 3;0;1;59.90;2;140.00"),
                () -> fixtures.computed(setup.agentA(), PayFixtures.MONTH).toString());
    }

    @Test
    void aCancellationWithoutReasonOrBeforeTheSaleIsRefusedAndOnlyThoseWhoseClientItIsMayCancel() {
        PayFixtures.Setup setup = fixtures.create();
        Long sale = fixtures.saleOf(setup.agentA(), "100.00");
        HttpResponse<String> early = cancel(sale, "{\"on\":\"2025-11-01\",\"reason\":\"Troppo presto\"}", 422);
        assertTrue(early.body().contains("dal giorno della vendita"), early.body());
        assertEquals(400, cancel(sale, "{\"reason\":\"\"}", 400).statusCode());
        HttpResponse<String> agent = ConsoleClient.api("POST", "sales/" + sale + "/cancellation", Demo.AGENT_AURORA, Demo.PASSWORD,
                "{\"reason\":\"Non posso\"}", "it");
        assertEquals(403, agent.statusCode(), agent.body());
        // another client's sales person and a supervisor whose teams do not work for the client: no such sale for them
        for (String outsider : new String[] {Demo.SALES_VERDE, Demo.SUPERVISOR}) {
            HttpResponse<String> refused = ConsoleClient.api("POST", "sales/" + sale + "/cancellation", outsider, Demo.PASSWORD,
                    "{\"reason\":\"Non è mia\"}", "it");
            assertEquals(404, refused.statusCode(), outsider + ": " + refused.body());
            assertEquals(404, ConsoleClient.api("GET", "sales/" + sale, outsider, Demo.PASSWORD, null, "it").statusCode());
        }
        assertEquals(List.of(), fixtures.clawbacks(setup.agentA()));
    }

    private static void closeNovember() {
        HttpResponse<String> started = ConsoleClient.api("POST", "batch/month-close?month=2025-11", Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(202, started.statusCode(), started.body());
        assertEquals("COMPLETED", PayIT.runToEnd(Cti.json(started).getJsonNumber("executionId").longValue()).getString("status"));
    }

    private static HttpResponse<String> cancel(Long sale, String body, int expected) {
        HttpResponse<String> response = ConsoleClient.api("POST", "sales/" + sale + "/cancellation", Demo.ADMIN, Demo.PASSWORD, body, "it");
        assertEquals(expected, response.statusCode(), response.body());
        return response;
    }
}
