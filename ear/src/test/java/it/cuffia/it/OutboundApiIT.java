package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Outbound through the REST API, as a dialer integration uses it: outcomes, surveys, sales, callbacks, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboundApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    private static HttpResponse<String> call(String agent, String method, String path, String json) {
        return ConsoleClient.api(method, path, agent, Demo.PASSWORD, json, "it");
    }

    /** Takes the agent's next lead and dials it; the preview (offers, questions) comes back. */
    static JsonObject takeAndDial(String agent) {
        HttpResponse<String> next = call(agent, "POST", "outbound/next", null);
        assertEquals(200, next.statusCode(), next.body());
        long id = Cti.json(next).getJsonNumber("id").longValue();
        JsonObject preview = Cti.json(call(agent, "GET", "outbound/leads/" + id, null));
        assertEquals(200, call(agent, "POST", "outbound/leads/" + id + "/dial", null).statusCode());
        return preview;
    }

    @Test
    void aSurveyIsCompletedOnlyWithItsRequiredAnswers() {
        String agent = "operatore07";
        JsonObject preview = takeAndDial(agent);
        long lead = preview.getJsonObject("lead").getJsonNumber("id").longValue();
        JsonArray questions = preview.getJsonArray("questions");
        assertEquals(4, questions.size(), preview.toString());
        call(agent, "POST", "outbound/leads/" + lead + "/answered", null);

        HttpResponse<String> missing = call(agent, "POST", "outbound/leads/" + lead + "/outcome",
                "{\"outcome\":\"SURVEY_COMPLETED\",\"answers\":{}}");
        assertEquals(422, missing.statusCode());
        assertTrue(Cti.json(missing).getString("detail").startsWith("Rispondi a \"Da 1 a 10"), missing.body());

        String score = questions.getJsonObject(0).getJsonNumber("id").toString();
        String recommend = questions.getJsonObject(1).getJsonNumber("id").toString();
        String services = questions.getJsonObject(2).getJsonNumber("id").toString();
        HttpResponse<String> done = call(agent, "POST", "outbound/leads/" + lead + "/outcome",
                "{\"outcome\":\"SURVEY_COMPLETED\",\"answers\":{\"" + score + "\":[\"8\"],\"" + recommend + "\":[\"Sì\"],\""
                        + services + "\":[\"Luce\",\"App\"]}}");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("DONE", Cti.json(done).getString("status"));
        assertEquals("SURVEY_COMPLETED", Cti.json(done).getString("lastOutcome"));
        assertEquals(1, Cti.json(done).getInt("attempts"));
    }

    @Test
    void aCallbackMustFallInsideThePeriodAndCallingHours() {
        String agent = "operatore08";
        long lead = takeAndDial(agent).getJsonObject("lead").getJsonNumber("id").longValue();
        // the suite's clock is anchored to Tuesday 10 March 2026, 10:00: Sunday the 15th is never a calling day
        HttpResponse<String> sunday = call(agent, "POST", "outbound/leads/" + lead + "/outcome",
                "{\"outcome\":\"CALLBACK\",\"callbackAt\":\"2026-03-15T11:00:00\"}");
        assertEquals(422, sunday.statusCode());
        assertTrue(Cti.json(sunday).getString("detail").contains("fuori dalle fasce orarie"), sunday.body());

        HttpResponse<String> endOfTime = call(agent, "POST", "outbound/leads/" + lead + "/outcome",
                "{\"outcome\":\"CALLBACK\",\"callbackAt\":\"9999-12-31T11:00:00\"}");
        assertEquals(422, endOfTime.statusCode(), endOfTime.body());
        assertTrue(Cti.json(endOfTime).getString("detail").startsWith("La richiamata deve cadere nel periodo della campagna"), endOfTime.body());

        HttpResponse<String> wednesday = call(agent, "POST", "outbound/leads/" + lead + "/outcome",
                "{\"outcome\":\"CALLBACK\",\"callbackAt\":\"2026-03-11T11:00:00\",\"personalCallback\":true}");
        assertEquals(200, wednesday.statusCode(), wednesday.body());
        assertEquals("CALLBACK", Cti.json(wednesday).getString("status"));
    }

    @Test
    void aSaleRecordsItsLinesAndOnlyTheCampaignsOffers() {
        String agent = "operatore05"; // works for Aurora in Team Milano: the teleselling campaign
        JsonObject preview = takeAndDial(agent);
        long lead = preview.getJsonObject("lead").getJsonNumber("id").longValue();
        JsonArray offers = preview.getJsonArray("offers");
        assertEquals(3, offers.size(), preview.toString());
        call(agent, "POST", "outbound/leads/" + lead + "/answered", null);

        HttpResponse<String> empty = call(agent, "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"SALE\",\"sale\":[]}");
        assertEquals(422, empty.statusCode());
        assertEquals("Aggiungi almeno un'offerta alla vendita.", Cti.json(empty).getString("detail"));

        long fibre = offers.getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> sold = call(agent, "POST", "outbound/leads/" + lead + "/outcome",
                "{\"outcome\":\"SALE\",\"sale\":[{\"offerId\":" + fibre + ",\"quantity\":2,\"kind\":\"UPSELL\"}]}");
        assertEquals(200, sold.statusCode(), sold.body());
        assertEquals("SALE", Cti.json(sold).getString("lastOutcome"));
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() {
        String agent = "operatore09";
        long lead = takeAndDial(agent).getJsonObject("lead").getJsonNumber("id").longValue();

        HttpResponse<String> dialAgain = call(agent, "POST", "outbound/leads/" + lead + "/dial", null);
        assertEquals(200, dialAgain.statusCode(), "the same dial again (a request re-sent after a failover): the call already made; "
                + dialAgain.body());

        HttpResponse<String> unknown = call(agent, "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"MAYBE\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        // the field named, with the outcomes it takes
        assertEquals("Alcuni campi non sono validi: outcome.", Cti.json(unknown).getString("detail"), unknown.body());
        assertTrue(Cti.json(unknown).getJsonArray("errors").getString(0).startsWith("outcome: valore non previsto; valori ammessi: "),
                unknown.body());
        HttpResponse<String> broken = call(agent, "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":");
        assertEquals(400, broken.statusCode(), broken.body());
        HttpResponse<String> unfit = call(agent, "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"SALE\"}");
        assertEquals(422, unfit.statusCode());

        HttpResponse<String> notMine = call("operatore10", "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"BUSY\"}");
        assertEquals(422, notMine.statusCode());
        assertTrue(Cti.json(notMine).getString("detail").contains("non è più tuo"), notMine.body());

        HttpResponse<String> busy = call(agent, "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"BUSY\"}");
        assertEquals(200, busy.statusCode(), busy.body());
        assertEquals("RETRY", Cti.json(busy).getString("status"));
        assertEquals(1, Cti.json(busy).getInt("attempts"), "the refused attempts left no trace");

        // the load balancer re-sends a request that was under way on a server that died after committing it
        HttpResponse<String> again = call(agent, "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"BUSY\"}");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(1, Cti.json(again).getInt("attempts"), "the outcome sent again is recorded once");
        HttpResponse<String> changed = call(agent, "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"NO_ANSWER\"}");
        assertEquals(422, changed.statusCode(), "another outcome afterwards is no repeat: the lead is not held any more");
        HttpResponse<String> otherAgent = call("operatore10", "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"BUSY\"}");
        assertEquals(422, otherAgent.statusCode(), "the same outcome from another agent is no repeat");
    }

    @Test
    void anAgentOfAnotherClientCannotSeeTheLead() {
        long lead = takeAndDial("operatore02").getJsonObject("lead").getJsonNumber("id").longValue(); // Aurora
        HttpResponse<String> other = call("operatore06", "GET", "outbound/leads/" + lead, null);                // Verde
        assertEquals(422, other.statusCode());
        assertEquals(200, call("operatore02", "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"NO_ANSWER\"}").statusCode());
    }
}
