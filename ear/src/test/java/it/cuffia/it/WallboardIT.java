package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.contact.domain.AgentState;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 §3, the wallboard's figures from the phone system's events: a QUEUED call waits, RINGING at an agent is the
 * same call, ENDED without an answer is abandoned; service level against the client's own threshold and the average
 * speed of answer as the rules say (CallFiguresTest); a supervisor sees and acts on their own teams' clients and
 * agents only, and every action is in the audit log. The client and team are the test's own (WallboardFixtures).
 */
@ExtendWith(ArquillianExtension.class)
class WallboardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    WallboardFixtures fixtures;

    @Test
    void queuedRingingAnsweredAndAbandonedCallsMakeTheFiguresOfTheClient() {
        WallboardFixtures.Setup wall = fixtures.create();
        Cti pbx = Cti.forClient(wall.clientId());
        JsonObject empty = figures(wall.supervisor(), wall.clientId());
        assertEquals(0, empty.getInt("waiting"));
        assertEquals(0, empty.getInt("answered"));
        assertTrue(none(empty, "serviceLevel") && none(empty, "averageSpeedOfAnswerSeconds") && none(empty, "longestWaitSeconds"),
                "nothing answered: no value, not 0 " + empty);
        assertEquals(1, empty.getJsonObject("agents").getInt("AVAILABLE"), empty.toString());

        String first = "q-" + System.nanoTime();
        String second = "q2-" + System.nanoTime();
        JsonObject queued = Cti.json(ok(pbx.event("{\"callId\":\"" + first + "\",\"event\":\"QUEUED\",\"from\":\"02 9988 7766\"}")));
        assertEquals("QUEUED", queued.getString("state"));
        assertTrue(none(queued, "agent"), "no agent yet " + queued);
        ok(pbx.event("{\"callId\":\"" + second + "\",\"event\":\"QUEUED\",\"from\":\"anonymous\"}"));
        JsonObject waiting = figures(wall.supervisor(), wall.clientId());
        assertEquals(2, waiting.getInt("waiting"));
        assertTrue(waiting.getJsonNumber("longestWaitSeconds").longValue() >= 0, waiting.toString());

        JsonObject ringing = Cti.json(ok(pbx.event("{\"callId\":\"" + first + "\",\"event\":\"RINGING\",\"agent\":\"" + wall.agent() + "\"}")));
        assertEquals(queued.getJsonNumber("interactionId"), ringing.getJsonNumber("interactionId"), "the queued call rings: the same interaction");
        assertEquals("RINGING", ringing.getString("state"));
        assertEquals(wall.agent(), ringing.getString("agent"));
        assertEquals(2, figures(wall.supervisor(), wall.clientId()).getInt("waiting"), "ringing still waits for an answer");

        assertEquals("ANSWERED", Cti.json(ok(pbx.event("{\"callId\":\"" + first + "\",\"event\":\"ANSWERED\"}"))).getString("state"));
        JsonObject answered = figures(wall.supervisor(), wall.clientId());
        assertEquals(1, answered.getInt("waiting"));
        assertEquals(1, answered.getInt("answered"));
        assertEquals(1, answered.getJsonObject("agents").getInt("ON_CALL"));
        assertEquals(0, answered.getJsonNumber("serviceLevel").bigDecimalValue().compareTo(new java.math.BigDecimal("100.0")), answered.toString());

        assertEquals("ABANDONED", Cti.json(ok(pbx.event("{\"callId\":\"" + second + "\",\"event\":\"ENDED\"}"))).getString("state"));
        ok(pbx.event("{\"callId\":\"" + first + "\",\"event\":\"ENDED\"}"));
        JsonObject day = figures(wall.supervisor(), wall.clientId());
        assertEquals(0, day.getInt("waiting"));
        assertTrue(none(day, "longestWaitSeconds"), day.toString());
        assertEquals(1, day.getInt("abandoned"));
        assertEquals("50.0", day.getJsonNumber("serviceLevel").bigDecimalValue().toPlainString(), "1 in time of 1 answered + 1 abandoned");
        assertEquals(1, day.getJsonObject("agents").getInt("WRAP_UP"));

        // two more answered calls, after 15 s and 45 s, against the default threshold of 20 s, then the client's own 10 s
        fixtures.answeredAfter(wall.clientId(), wall.agent(), Duration.ofSeconds(15));
        fixtures.answeredAfter(wall.clientId(), wall.agent(), Duration.ofSeconds(45));
        JsonObject three = figures(wall.supervisor(), wall.clientId());
        assertEquals(3, three.getInt("answered"));
        assertEquals(2, three.getInt("answeredInTime"));
        assertEquals("50.0", three.getJsonNumber("serviceLevel").bigDecimalValue().toPlainString(), "2 in time of 3 answered + 1 abandoned");
        assertEquals(20, three.getInt("averageSpeedOfAnswerSeconds"), "(0 + 15 + 45) / 3");
        fixtures.threshold(wall.clientId(), 10);
        JsonObject stricter = figures(wall.supervisor(), wall.clientId());
        assertEquals(1, stricter.getInt("answeredInTime"));
        assertEquals("25.0", stricter.getJsonNumber("serviceLevel").bigDecimalValue().toPlainString());

        fixtures.breachedTicket(wall.clientId());
        assertEquals(1, figures(wall.supervisor(), wall.clientId()).getInt("ticketsBreached"));

        // overall: the supervisor's view is their one client; the admin's holds it among all
        JsonObject overall = figures(wall.supervisor(), null);
        assertEquals(3, overall.getInt("answered"));
        assertEquals(1, overall.getInt("abandoned"));
        assertTrue(figures(Demo.ADMIN, null).getInt("answered") >= 3);
        assertEquals(3, figures(Demo.ADMIN, wall.clientId()).getInt("answered"));

        // another team's supervisor: as if the client did not exist; an agent: not allowed
        assertEquals(404, ConsoleClient.api("GET", "wallboard?clientId=" + wall.clientId(), Demo.SUPERVISOR, Demo.PASSWORD, null, "it").statusCode());
        assertEquals(403, ConsoleClient.api("GET", "wallboard", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it").statusCode());
        assertTrue(figures(Demo.SUPERVISOR, null).getInt("answered") >= 0, "the demo supervisor's own board answers");
    }

    @Test
    void aCallWhoseEndThePhoneSystemNeverSentStopsWaitingAfterAnHour() {
        WallboardFixtures.Setup wall = fixtures.create();
        fixtures.queuedAgo(wall.clientId(), Duration.ofMinutes(61));
        JsonObject lost = figures(wall.supervisor(), wall.clientId());
        assertEquals(0, lost.getInt("waiting"), lost.toString());
        assertTrue(none(lost, "longestWaitSeconds"), "no wait of an hour and more: " + lost);
        assertEquals(0, lost.getInt("abandoned"), "nobody saw it end");

        fixtures.queuedAgo(wall.clientId(), Duration.ofMinutes(59));
        JsonObject waiting = figures(wall.supervisor(), wall.clientId());
        assertEquals(1, waiting.getInt("waiting"), waiting.toString());
        assertTrue(waiting.getJsonNumber("longestWaitSeconds").longValue() >= 59 * 60, waiting.toString());
    }

    @Test
    void aSupervisorPausesLogsOutAndWritesToTheirOwnAgentsOnlyWithAReasonAndEveryActionIsAudited() {
        WallboardFixtures.Setup wall = fixtures.create();
        assertProblem(action(Demo.SUPERVISOR, wall.agent(), "pause", "Riunione"), 404, "error.notFound");
        assertProblem(action(wall.supervisor(), wall.agent(), "pause", "  "), 422, "wallboard.reason.required");
        assertEquals(AgentState.AVAILABLE, fixtures.stateOf(wall.agent()), "refused: nothing changed");

        assertEquals("PAUSED", Cti.json(ok(action(wall.supervisor(), wall.agent(), "pause", "Riunione di team"))).getString("state"));
        assertEquals(AgentState.PAUSED, fixtures.stateOf(wall.agent()));
        ok(action(wall.supervisor(), wall.agent(), "message", "Riprendi alle 11"));

        // on a call, the board never cuts it (the agent is back from the pause: a call rings only at an available agent)
        fixtures.available(wall.agent());
        Cti pbx = Cti.forClient(wall.clientId());
        String call = "f-" + System.nanoTime();
        ok(pbx.event("{\"callId\":\"" + call + "\",\"event\":\"RINGING\",\"from\":\"+390299887766\",\"agent\":\"" + wall.agent() + "\"}"));
        ok(pbx.event("{\"callId\":\"" + call + "\",\"event\":\"ANSWERED\"}"));
        assertProblem(action(wall.supervisor(), wall.agent(), "logout", "Fine turno"), 422, "wallboard.force.refused.ON_CALL");
        ok(pbx.event("{\"callId\":\"" + call + "\",\"event\":\"ENDED\"}"));

        ok(action(Demo.ADMIN, wall.agent(), "logout", "Fine turno"));
        assertEquals(AgentState.LOGGED_OUT, fixtures.stateOf(wall.agent()));
        assertProblem(action(wall.supervisor(), wall.agent(), "pause", "Pausa"), 422, "wallboard.force.refused.LOGGED_OUT");

        assertEquals(List.of("AGENT_FORCED_PAUSE " + wall.supervisor() + ": Riunione di team",
                "AGENT_MESSAGE_SENT " + wall.supervisor() + ": Riprendi alle 11",
                "AGENT_FORCED_LOGOUT " + Demo.ADMIN + ": Fine turno"), fixtures.auditOf(wall.agent()));
    }

    private static JsonObject figures(String user, Long clientId) {
        return Cti.json(ok(ConsoleClient.api("GET", "wallboard" + (clientId == null ? "" : "?clientId=" + clientId), user, Demo.PASSWORD,
                null, "it")));
    }

    private static HttpResponse<String> action(String user, String agent, String what, String reason) {
        return ConsoleClient.api("POST", "wallboard/agents/" + agent + "/" + what, user, Demo.PASSWORD,
                "{\"reason\":" + (reason == null ? "null" : "\"" + reason + "\"") + "}", "it");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, Cti.json(response).getString("code"), response.body());
    }

    /** No value: JSON-B leaves a null out. */
    private static boolean none(JsonObject figures, String key) {
        return !figures.containsKey(key) || figures.isNull(key);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }
}
