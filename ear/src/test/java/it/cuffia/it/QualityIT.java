package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.kpi.application.KpiCalculation;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.kpi.domain.KpiCounters;
import it.cuffia.shared.domain.Zones;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 §1, the service rules of quality monitoring, as people and programs reach them (API and pages): who may
 * evaluate and read what (a supervisor of another client finds nothing, an agent reads only their own), a dispute
 * accepted changes the score and keeps the history, QUALITY shows in the KPI tallies, and the week's sample lists
 * two drawn calls per agent plus every complaint, the same on every load, with the agent's coverage.
 */
@ExtendWith(ArquillianExtension.class)
class QualityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    ScopeFixtures scope;

    @Inject
    QualityFixtures fixtures;

    @Inject
    KpiCalculation kpis;

    @Inject
    Clock clock;

    @Test
    void evaluationsStayWithinTheClientsOfTheSupervisorAndTheAgentAndADisputeAcceptedIsKeptInTheHistory() {
        ScopeFixtures.Setup zeta = scope.create();
        QualityFixtures.World world = fixtures.create(zeta);
        Long call = world.calls().get(0);
        String failedPrivacy = "{\"interactionId\":" + call + ",\"formId\":" + world.formId() + ",\"values\":{\"1\":1,\"2\":0,\"3\":5}}";

        // the supervisor of Team Milano does not see Zeta's calls, nor its forms
        assertProblem(404, "error.notFound", post(Demo.SUPERVISOR, "", failedPrivacy));
        HttpResponse<String> made = post(zeta.supervisor(), "", failedPrivacy);
        assertEquals(200, made.statusCode(), made.body());
        JsonObject evaluation = Cti.json(made);
        long id = evaluation.getJsonNumber("id").longValue();
        assertEquals(new BigDecimal("0.00"), evaluation.getJsonNumber("score").bigDecimalValue(), "the privacy notice not read fails it all");
        assertTrue(evaluation.getBoolean("failedCritical"));
        assertEquals("NEW", evaluation.getString("status"));
        assertProblem(409, "quality.evaluation.exists", post(zeta.supervisor(), "", failedPrivacy));
        assertProblem(422, "quality.answer.missing", post(zeta.supervisor(), "",
                "{\"interactionId\":" + world.calls().get(1) + ",\"formId\":" + world.formId() + ",\"values\":{\"1\":1,\"2\":1}}"));

        // who reads it: its agent and the staff of Zeta; nobody else finds it
        assertProblem(404, "error.notFound", get(Demo.SUPERVISOR, "/" + id));
        assertProblem(404, "error.notFound", get(Demo.AGENT_AURORA, "/" + id));
        assertEquals(200, get(zeta.agent(), "/" + id).statusCode());
        assertEquals(200, get(Demo.ADMIN, "/" + id).statusCode());
        assertTrue(get(zeta.agent(), "?mine=true").body().contains("\"id\":" + id));
        assertFalse(get(Demo.AGENT_AURORA, "?mine=true").body().contains("\"id\":" + id));
        assertProblem(403, "error.forbidden", get(zeta.agent(), ""));
        // nor the supervisor of another team of the same client: an evaluation is about a person, as a statement is
        // (a walk-through saw a supervisor open and answer another team's dispute)
        String ypsilon = scope.otherTeamOf(zeta);
        assertProblem(404, "error.notFound", get(ypsilon, "/" + id));
        assertFalse(get(ypsilon, "").body().contains("\"id\":" + id), "not in the other team's list");
        assertProblem(404, "error.notFound", post(ypsilon, "", "{\"interactionId\":" + world.calls().get(1) + ",\"formId\":"
                + world.formId() + ",\"values\":{\"1\":1,\"2\":1,\"3\":5}}"));
        ConsoleClient otherLead = new ConsoleClient(Demo.BASE_URL);
        otherLead.login(ypsilon, Demo.PASSWORD);
        assertFalse(otherLead.get("supervisor/quality.xhtml").body().contains("Fixture " + zeta.agent()), "nor in its sample");

        // only the agent acknowledges or disputes; only the staff of Zeta answers
        assertProblem(403, "error.forbidden", post(zeta.supervisor(), "/" + id + "/dispute", "{\"text\":\"no\"}"));
        assertProblem(422, "quality.dispute.comment", post(zeta.agent(), "/" + id + "/dispute", "{\"text\":\" \"}"));
        assertEquals("DISPUTED", Cti.json(post(zeta.agent(), "/" + id + "/dispute",
                "{\"text\":\"L'informativa l'ho letta al minuto 2\"}")).getString("status"));
        assertProblem(404, "error.notFound", post(Demo.SUPERVISOR, "/" + id + "/dispute/acceptance", "{\"score\":80,\"text\":\"ok\"}"));
        assertProblem(422, "quality.dispute.reason", post(zeta.supervisor(), "/" + id + "/dispute/acceptance", "{\"score\":80,\"text\":\"\"}"));
        HttpResponse<String> accepted = post(zeta.supervisor(), "/" + id + "/dispute/acceptance", "{\"score\":80,\"text\":\"Riascoltata: letta.\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        JsonObject changed = Cti.json(get(zeta.agent(), "/" + id));
        assertEquals("ACCEPTED", changed.getString("status"));
        assertEquals(new BigDecimal("80.00"), changed.getJsonNumber("score").bigDecimalValue());
        assertFalse(changed.getBoolean("failedCritical"));
        JsonObject history = changed.getJsonArray("changes").getJsonObject(0);
        assertEquals(zeta.supervisor(), history.getString("by"));
        assertEquals(new BigDecimal("0.00"), history.getJsonNumber("oldScore").bigDecimalValue());
        assertEquals(new BigDecimal("80.00"), history.getJsonNumber("newScore").bigDecimalValue());
        assertEquals("Riascoltata: letta.", history.getString("reason"));
        assertProblem(422, "quality.dispute.answered", post(zeta.supervisor(), "/" + id + "/dispute/rejection", "{\"text\":\"no\"}"));

        // a second evaluation, everything met: 100; QUALITY of the day is the average of the current scores
        HttpResponse<String> second = post(zeta.supervisor(), "", "{\"interactionId\":" + world.calls().get(1) + ",\"formId\":" + world.formId()
                + ",\"values\":{\"1\":1,\"2\":1,\"3\":null},\"comment\":\"Ottima\"}");
        assertEquals(new BigDecimal("100.00"), Cti.json(second).getJsonNumber("score").bigDecimalValue(), second.body());
        assertEquals("ACKNOWLEDGED", Cti.json(post(zeta.agent(), "/" + Cti.json(second).getJsonNumber("id") + "/acknowledgement", "{}"))
                .getString("status"));
        LocalDate today = LocalDate.now(clock.withZone(Zones.ROME));
        KpiCounters day = new KpiCounters();
        kpis.tallyOf(world.agentId(), today).forEach(t -> day.add(t.getCounters()));
        assertEquals(Optional.of(new BigDecimal("90.00")), day.value(Kpi.QUALITY), "(80 + 100) / 2");
        assertEquals(2, day.getQualityCount());
        assertEquals(Optional.empty(), fixtures.storedQuality(world.agentId(), today.minusDays(1)), "no evaluation that day: no value");
        HttpResponse<String> job = ConsoleClient.api("POST", "batch/kpi?from=" + today + "&to=" + today, Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(202, job.statusCode(), job.body());
        assertEquals("COMPLETED", PayIT.runToEnd(Cti.json(job).getJsonNumber("executionId").longValue()).getString("status"));
        assertEquals(Optional.of(new BigDecimal("90.00")), fixtures.storedQuality(world.agentId(), today), "the KPI job stores it");
    }

    @Test
    void theWeeksSampleListsTwoDrawnCallsPerAgentAndEveryComplaintTheSameOnEveryLoad() {
        ScopeFixtures.Setup zeta = scope.create();
        QualityFixtures.World world = fixtures.create(zeta);
        ConsoleClient supervisor = new ConsoleClient(Demo.BASE_URL);
        supervisor.login(zeta.supervisor(), Demo.PASSWORD);
        String page = supervisor.get("supervisor/quality.xhtml").body();
        for (Long call : world.calls()) {
            assertEquals(world.sampled().contains(call), page.contains("interaction=" + call + "\""), call + " in the sample: " + world.sampled());
        }
        assertFalse(page.contains("interaction=" + world.lastWeek() + "\""), "last week's call is last week's");
        assertFalse(page.contains("interaction=" + world.unanswered() + "\""), "an unanswered call is not evaluated");
        String name = "Fixture " + zeta.agent();
        assertEquals(world.sampled().size() + " 0 0 %", coverage(page, name));
        assertEquals(sampleLinks(page), sampleLinks(supervisor.get("supervisor/quality.xhtml").body()), "the same sample on reload");
        assertProblem(404, "error.notFound", post(Demo.SUPERVISOR, "", "{\"interactionId\":" + world.complaint() + ",\"formId\":"
                + world.formId() + ",\"values\":{\"1\":1,\"2\":1,\"3\":4}}"));
        assertEquals(200, post(zeta.supervisor(), "", "{\"interactionId\":" + world.complaint() + ",\"formId\":" + world.formId()
                + ",\"values\":{\"1\":1,\"2\":1,\"3\":4}}").statusCode());
        String after = supervisor.get("supervisor/quality.xhtml").body();
        assertEquals(world.sampled().size() + " 1 " + (world.sampled().size() == 3 ? "33,33" : "50") + " %", coverage(after, name));
        // another team's supervisor sees none of it
        ConsoleClient other = new ConsoleClient(Demo.BASE_URL);
        other.login(Demo.SUPERVISOR, Demo.PASSWORD);
        String milano = other.get("supervisor/quality.xhtml").body();
        assertFalse(milano.contains(name), "Zeta's agent is not in Team Milano's sample");
    }

    /** The interactions the sample links to, in the page's order. */
    private static java.util.List<String> sampleLinks(String page) {
        java.util.List<String> links = new java.util.ArrayList<>();
        Matcher link = Pattern.compile("interaction=(\\d+)\"").matcher(page);
        while (link.find()) {
            links.add(link.group(1));
        }
        assertFalse(links.isEmpty(), page);
        return links;
    }

    /** The coverage row of the agent, as the page shows it: "sampled evaluated percent %". */
    private static String coverage(String page, String agent) {
        String text = page.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ");
        Matcher row = Pattern.compile(Pattern.quote(agent) + " (\\d+ \\d+ [\\d,]+ %)").matcher(text);
        assertTrue(row.find(), "no coverage row of " + agent + ": " + text);
        return row.group(1);
    }

    private static HttpResponse<String> post(String user, String path, String json) {
        return ConsoleClient.api("POST", "quality/evaluations" + path, user, Demo.PASSWORD, json, "it");
    }

    private static HttpResponse<String> get(String user, String path) {
        return ConsoleClient.api("GET", "quality/evaluations" + path, user, Demo.PASSWORD, null, "it");
    }

    private static void assertProblem(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, Cti.json(response).getString("code"), response.body());
    }
}
