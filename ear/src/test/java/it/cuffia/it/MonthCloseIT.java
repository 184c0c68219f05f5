package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16's acceptance: PayIT's hand-computed November (PayFixtures) closed, cancelled, approved, contested and
 * followed into December, every step through the API as the people concerned would do it (the admin cancels, the
 * agent disputes, the team's supervisor approves and answers), every euro worked out by hand in the comments.
 * The plan's cap is lifted throughout: with it, A's 132.50 would be brought down to 120.00 and absorb the sales.
 */
@ExtendWith(ArquillianExtension.class)
class MonthCloseIT {

    private static final YearMonth NOVEMBER = YearMonth.of(2025, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    PayFixtures fixtures;

    @Test
    void salesCancelledBeforeAndAfterApprovalAndDisputesAcceptedAndRejectedEndInTheRightMonths() {
        PayFixtures.Setup setup = fixtures.create();
        fixtures.liftCap(setup.clientId());
        Long bigSale = fixtures.extraSale(setup.agentA(), "200.00");
        Long sale = fixtures.saleOf(setup.agentA(), "100.00");
        close(NOVEMBER);

        // two paid sales: 5.00 + 2.5 % of 100.00 = 7.50, and 5.00 + 2.5 % of 200.00 = 10.00
        // variable: appointments 25.00 + sales 17.50 + FCR bonus 100.00 (AHT missed, conversion gated) = 142.50
        JsonObject draft = statement(setup, NOVEMBER);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("Vendite | 2 | 17.50", line(draft, "Vendite"));
        assertEquals("142.50", draft.getJsonNumber("variable").bigDecimalValue().toPlainString());

        // cancelled while November is a draft: the draft is computed again without it, and says why
        cancel(sale(bigSale), "2025-11-25", "Ripensamento");
        JsonObject redrafted = statement(setup, NOVEMBER);
        assertEquals("Vendite | 1 | 7.50", line(redrafted, "Vendite"));
        assertEquals("4 vendite, 1 pagata; 1 senza consenso (59,90 €); 2 annullate (240,00 €)", note(redrafted, "Vendite"));
        assertEquals("132.50", redrafted.getJsonNumber("variable").bigDecimalValue().toPlainString());
        assertEquals("1632.50", redrafted.getJsonNumber("total").bigDecimalValue().toPlainString());

        JsonObject approved = ok(ConsoleClient.api("POST", "statements/" + id(redrafted) + "/approval", setup.supervisorLogin(),
                Demo.PASSWORD, null, "it"));
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(setup.supervisorLogin(), approved.getString("approvedBy"));
        approved = statement(setup, NOVEMBER); // as stored (the answer's instant has the clock's nanoseconds, the column micros)

        // cancelled after approval: November stays as approved; its 7.50 comes back in December
        cancel(sale(sale), "2026-03-09", "Recesso entro 14 giorni");
        // the agent contests two lines; the supervisor grants 50.00 on one and refuses the other
        JsonObject aht = ok(dispute(setup, approved, "Bonus AHT", "La chiamata di prova del 3 non andava contata"));
        JsonObject tiers = ok(dispute(setup, approved, "Appuntamenti svolti", "Mi risultano tre visite"));
        assertEquals(422, dispute(setup, approved, "Bonus AHT", "Di nuovo").statusCode(), "one open dispute per line");
        HttpResponse<String> byTheAgent = ConsoleClient.api("POST", "statements/disputes/" + id(aht) + "/rejection",
                setup.agentALogin(), Demo.PASSWORD, "{\"reason\":\"No\"}", "it");
        assertEquals(403, byTheAgent.statusCode(), "nobody answers their own dispute: " + byTheAgent.body());
        HttpResponse<String> otherAgent = ConsoleClient.api("POST", "statements/" + id(approved) + "/lines/1/disputes",
                setup.agentBLogin(), Demo.PASSWORD, "{\"comment\":\"Non è mio\"}", "it");
        assertEquals(403, otherAgent.statusCode(), "only the statement's agent disputes it: " + otherAgent.body());
        HttpResponse<String> fractionOfACent = ConsoleClient.api("POST", "statements/disputes/" + id(aht) + "/acceptance",
                setup.supervisorLogin(), Demo.PASSWORD, "{\"amount\":50.005,\"reason\":\"AHT\"}", "it");
        assertEquals(422, fractionOfACent.statusCode(), "refused, not rounded: " + fractionOfACent.body());
        assertTrue(fractionOfACent.body().contains("al massimo due decimali"), fractionOfACent.body());
        JsonObject accepted = ok(ConsoleClient.api("POST", "statements/disputes/" + id(aht) + "/acceptance", setup.supervisorLogin(),
                Demo.PASSWORD, "{\"amount\":50.00,\"reason\":\"AHT senza la chiamata di prova: 390 s\"}", "it"));
        assertEquals("ACCEPTED", accepted.getString("status"));
        JsonObject rejected = ok(ConsoleClient.api("POST", "statements/disputes/" + id(tiers) + "/rejection", setup.supervisorLogin(),
                Demo.PASSWORD, "{\"reason\":\"La terza visita è di dicembre\"}", "it"));
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(422, ConsoleClient.api("POST", "statements/disputes/" + id(tiers) + "/acceptance", setup.supervisorLogin(),
                Demo.PASSWORD, "{\"amount\":10.00,\"reason\":\"Ci ho ripensato\"}", "it").statusCode(), "an answered dispute stays answered");

        // November is as it was approved, and the thread is on it for both to read
        JsonObject november = statement(setup, NOVEMBER);
        assertEquals(withoutDisputes(approved), withoutDisputes(november));
        assertEquals(List.of("Bonus AHT ACCEPTED 50.00", "Appuntamenti svolti REJECTED -"), threads(november));

        // closing November again changes nothing approved
        close(NOVEMBER);
        assertEquals(withoutDisputes(approved), withoutDisputes(statement(setup, NOVEMBER)));

        // December: the full salary, nothing earned, the clawback of the 100.00 sale and the accepted 50.00
        close(DECEMBER);
        JsonObject december = statement(setup, DECEMBER);
        assertEquals("Storno della vendita n. " + sale + ", pagata in novembre 2025 | - | -7.50", line(december, "CLAWBACK"));
        assertEquals("Motivo: Recesso entro 14 giorni", note(december, "CLAWBACK"));
        assertEquals("Motivo: AHT senza la chiamata di prova: 390 s", note(december, "ADJUSTMENT"));
        assertEquals("Rettifica per la contestazione n. " + id(aht) + " (novembre 2025) | - | 50.00", line(december, "ADJUSTMENT"));
        assertEquals("-7.50", december.getJsonNumber("clawback").bigDecimalValue().toPlainString());
        assertEquals("50.00", december.getJsonNumber("adjustment").bigDecimalValue().toPlainString());
        // 1 500.00 fixed + 0.00 earned − 7.50 + 50.00
        assertEquals("1542.50", december.getJsonNumber("total").bigDecimalValue().toPlainString());
    }

    /**
     * QUALITY gates the FCR bonus at 80 %. A's evaluations (weights: greeting 2, privacy notice 5 and critical, courtesy 3
     * on a scale of 5): yes, yes, 4 → (2 + 5 + 3 × 4/5) / 10 = 94.00 %; no, yes, 3 → (5 + 1.8) / 10 = 68.00 %. QUALITY
     * is their mean, 81.00 %: the gate is met and A's month is PayIT's to the cent. B has no evaluation: QUALITY "—",
     * and the gate is closed for B with the month's value shown as "—".
     */
    @Test
    void aQualityGateMetPaysAndAQualityWithoutEvaluationsIsNoValue() {
        PayFixtures.Setup setup = fixtures.create();
        fixtures.qualityGate(setup.clientId(), "80", "Bonus FCR");
        fixtures.evaluations(setup.clientId(), setup.agentA(), new int[] {1, 1, 4}, new int[] {0, 1, 3});
        close(NOVEMBER);

        assertEquals("81.00", fixtures.agentMonth(setup.agentA()).get("QUALITY"));
        assertEquals("—", fixtures.agentMonth(setup.agentB()).get("QUALITY"));
        assertEquals("81.00", fixtures.scopeMonth(it.cuffia.kpi.domain.ScopeKind.CLIENT, setup.clientId()).get("QUALITY"));
        assertEquals(PayIT.STATEMENT_A, fixtures.statement(setup.agentA()).orElseThrow().lines());
        List<String> b = fixtures.statement(setup.agentB()).orElseThrow().lines();
        assertTrue(b.contains("VARIABLE Bonus FCR | - | 0.00 | pay.note.gate.noValue"), b::toString);
        assertEquals("Soglia non raggiunta: Qualità ≥ 80,00 % (valore del mese —)", note(statementOf(setup, setup.agentBLogin(), NOVEMBER), "Bonus FCR"));
    }

    /**
     * The same with a third evaluation whose privacy notice was not read (critical: 0 %): QUALITY (94 + 68 + 0) / 3 =
     * 54.00 % misses the gate, so A's FCR bonus pays 0 and says why with the month's value; A's variable is
     * appointments 25.00 + sales 7.50 = 32.50, below the cap, so no cap line.
     */
    @Test
    void aQualityGateMissedWithACriticalItemFailedClosesTheBonusAndShowsTheMonthsValue() {
        PayFixtures.Setup setup = fixtures.create();
        fixtures.qualityGate(setup.clientId(), "80", "Bonus FCR");
        fixtures.evaluations(setup.clientId(), setup.agentA(), new int[] {1, 1, 4}, new int[] {0, 1, 3}, new int[] {1, 0, 5});
        close(NOVEMBER);

        assertEquals("54.00", fixtures.agentMonth(setup.agentA()).get("QUALITY"));
        PayFixtures.StatementView a = fixtures.statement(setup.agentA()).orElseThrow();
        assertEquals(List.of(
                "FIXED FULL_TIME | 30 | 1500.00",
                "VARIABLE Appuntamenti svolti | 2 | 25.00",
                "VARIABLE Vendite | 1 | 7.50 | pay.note.sales",
                "VARIABLE Bonus FCR | 50 | 0.00 | pay.note.gate",
                "VARIABLE Bonus AHT | 480 | 0.00 | pay.note.targetMissed",
                "VARIABLE Bonus conversione | 87.5 | 0.00 | pay.note.gate"), a.lines());
        assertEquals("32.50", a.variable().toPlainString());
        assertEquals("1532.50", a.total().toPlainString());
        assertEquals("Soglia non raggiunta: Qualità ≥ 80,00 % (valore del mese 54,00 %)",
                note(statementOf(setup, setup.agentALogin(), NOVEMBER), "Bonus FCR"));
    }

    private static void close(YearMonth month) {
        HttpResponse<String> started = ConsoleClient.api("POST", "batch/month-close?month=" + month, Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(202, started.statusCode(), started.body());
        JsonObject run = PayIT.runToEnd(Cti.json(started).getJsonNumber("executionId").longValue());
        assertEquals("COMPLETED", run.getString("status"), run.toString());
    }

    /** Agent A's statement of the month, as the team's supervisor reads it. */
    private static JsonObject statement(PayFixtures.Setup setup, YearMonth month) {
        return statementOf(setup, setup.agentALogin(), month);
    }

    private static JsonObject statementOf(PayFixtures.Setup setup, String agent, YearMonth month) {
        JsonObject page = ok(ConsoleClient.api("GET", "statements?month=" + month + "&size=50", setup.supervisorLogin(), Demo.PASSWORD, null, "it"));
        long id = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("agent").equals(agent)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        return ok(ConsoleClient.api("GET", "statements/" + id, setup.supervisorLogin(), Demo.PASSWORD, null, "it"));
    }

    private static HttpResponse<String> dispute(PayFixtures.Setup setup, JsonObject statement, String rule, String comment) {
        int lineNo = lineOf(statement, rule).getInt("lineNo");
        return ConsoleClient.api("POST", "statements/" + id(statement) + "/lines/" + lineNo + "/disputes", setup.agentALogin(), Demo.PASSWORD,
                "{\"comment\":\"" + comment + "\"}", "it");
    }

    private static void cancel(String path, String on, String reason) {
        ok(ConsoleClient.api("POST", path, Demo.ADMIN, Demo.PASSWORD, "{\"on\":\"" + on + "\",\"reason\":\"" + reason + "\"}", "it"));
    }

    private static String sale(Long id) {
        return "sales/" + id + "/cancellation";
    }

    /** "rule | quantity | amount" of the line whose rule (or kind) is this. */
    private static String line(JsonObject statement, String ruleOrKind) {
        JsonObject l = lineOf(statement, ruleOrKind);
        return l.getString("rule") + " | " + (absent(l, "quantity") ? "-" : l.getJsonNumber("quantity").bigDecimalValue().stripTrailingZeros()
                .toPlainString()) + " | " + l.getJsonNumber("amount").bigDecimalValue().toPlainString();
    }

    /** The line's note, the non-breaking space of the Italian money format written as a plain one. */
    private static String note(JsonObject statement, String ruleOrKind) {
        return lineOf(statement, ruleOrKind).getString("note").replace('\u00a0', ' ');
    }

    private static JsonObject lineOf(JsonObject statement, String ruleOrKind) {
        return statement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("rule").equals(ruleOrKind) || l.getString("kind").equals(ruleOrKind)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + ruleOrKind + " in " + statement));
    }

    private static List<String> threads(JsonObject statement) {
        return statement.getJsonArray("disputes").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("line") + " " + d.getString("status") + " "
                        + (absent(d, "adjustment") ? "-" : d.getJsonNumber("adjustment").bigDecimalValue().toPlainString())).toList();
    }

    /** JSON-B leaves a null field out. */
    private static boolean absent(JsonObject object, String field) {
        return object.get(field) == null || object.get(field) == JsonValue.NULL;
    }

    private static JsonObject withoutDisputes(JsonObject statement) {
        return jakarta.json.Json.createObjectBuilder(statement).remove("disputes").build();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return Cti.json(response);
    }
}
