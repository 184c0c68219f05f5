package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scripts as the API's users meet them: a published version refuses every change while a new
 * draft changes and publishes on its own; a call keeps the version and the path it walked, and a
 * path the version does not allow is refused with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class ScriptIT {

    private static final String SURVEY = "Soddisfazione clienti 2026";
    private static final String TELESELLING = "Fibra inverno 2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    ScriptRecords records;

    private static HttpResponse<String> call(String user, String method, String path, String json) {
        return ConsoleClient.api(method, path, user, Demo.PASSWORD, json, "it");
    }

    private static final String CHANGED_STEP = "{\"kind\":\"SAY\",\"title\":\"Presentazione breve\","
            + "\"body\":\"<p>Buongiorno {customer.firstName}!</p>\",\"next\":\"s2\"}";

    @Test
    void aPublishedVersionNeverChangesAndANewDraftIsPublishedBesideIt() {
        long id = records.scriptOfCampaign(TELESELLING);
        JsonObject before = Cti.json(call(Demo.ADMIN, "GET", "scripts/" + id, null));
        JsonObject v1 = before.getJsonArray("versions").getJsonObject(0);
        assertEquals("PUBLISHED", v1.getString("status"));

        HttpResponse<String> refused = call(Demo.ADMIN, "PUT", "scripts/" + id + "/versions/1/steps/s1", CHANGED_STEP);
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("La versione 1 è pubblicata e non può cambiare: apri una nuova bozza.", Cti.json(refused).getString("detail"));
        HttpResponse<String> noDraft = call(Demo.ADMIN, "POST", "scripts/" + id + "/draft/steps", "{\"kind\":\"END\",\"title\":\"Altro\",\"outcome\":\"SALE\"}");
        assertEquals(422, noDraft.statusCode(), noDraft.body());
        assertEquals(403, call(Demo.SUPERVISOR, "POST", "scripts/" + id + "/drafts", null).statusCode());

        JsonObject drafted = Cti.json(call(Demo.ADMIN, "POST", "scripts/" + id + "/drafts", null));
        assertEquals("DRAFT", drafted.getJsonArray("versions").getJsonObject(1).getString("status"));
        assertEquals(200, call(Demo.ADMIN, "PUT", "scripts/" + id + "/versions/2/steps/s1", CHANGED_STEP).statusCode());
        // an answer always leads to a step: the domain says so to the API as to the designer, and nothing is stored
        HttpResponse<String> nowhere = call(Demo.ADMIN, "PUT", "scripts/" + id + "/versions/2/steps/s3", "{\"kind\":\"QUESTION\","
                + "\"title\":\"Offerta\",\"answers\":[{\"label\":\"Sì, mi interessa\",\"next\":\"s5\"},{\"label\":\"Forse\"}]}");
        assertEquals(422, nowhere.statusCode(), nowhere.body());
        assertEquals("Ogni risposta deve portare a un passo.", Cti.json(nowhere).getString("detail"));
        // an end step nobody reaches keeps the draft from being published, with the reason
        call(Demo.ADMIN, "POST", "scripts/" + id + "/draft/steps", "{\"kind\":\"END\",\"title\":\"Orfano\",\"outcome\":\"SALE\"}");
        JsonArray problems = jakarta.json.Json.createReader(new java.io.StringReader(
                call(Demo.ADMIN, "GET", "scripts/" + id + "/problems", null).body())).readArray();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("script.problem.unreachable", problems.getJsonObject(0).getString("key"));
        // and said in the caller's language, not only as a key
        assertEquals("Il passo «Orfano» non è raggiungibile dal primo passo.", problems.getJsonObject(0).getString("text"));
        HttpResponse<String> invalid = call(Demo.ADMIN, "POST", "scripts/" + id + "/publish", null);
        assertEquals(422, invalid.statusCode());
        assertEquals("La bozza ha un problema da sistemare prima della pubblicazione.", Cti.json(invalid).getString("detail"));
        String orphan = Cti.json(call(Demo.ADMIN, "GET", "scripts/" + id, null)).getJsonArray("versions").getJsonObject(1)
                .getJsonArray("steps").getJsonObject(7).getString("key");
        assertEquals(200, call(Demo.ADMIN, "PUT", "scripts/" + id + "/versions/2/steps/s3", "{\"kind\":\"QUESTION\",\"title\":\"Offerta\","
                + "\"answers\":[{\"label\":\"Sì, mi interessa\",\"next\":\"s5\"},{\"label\":\"Costa troppo\",\"next\":\"s4\"},"
                + "{\"label\":\"Devo pensarci\",\"next\":\"s6\"},{\"label\":\"No, grazie\",\"next\":\"s7\"},"
                + "{\"label\":\"Ho già la fibra\",\"next\":\"" + orphan + "\"}]}").statusCode());

        HttpResponse<String> published = call(Demo.ADMIN, "POST", "scripts/" + id + "/publish", null);
        assertEquals(200, published.statusCode(), published.body());
        JsonObject after = Cti.json(published);
        assertEquals(v1, after.getJsonArray("versions").getJsonObject(0), "version 1 is exactly as it was");
        assertTrue(after.getJsonArray("versions").getJsonObject(0).getBoolean("pinned"), "the pinned version stays until an admin moves it");
        assertEquals("Presentazione breve", after.getJsonArray("versions").getJsonObject(1).getJsonArray("steps").getJsonObject(0).getString("title"));
        // put back as the demo had it: the browser tests follow version 1
        assertEquals(200, call(Demo.ADMIN, "POST", "scripts/" + id + "/versions/1/pin", null).statusCode());
    }

    @Test
    void aCallKeepsTheVersionAndThePathItWalkedAndAPathTheVersionDoesNotAllowIsRefused() {
        String agent = "operatore09";
        HttpResponse<String> next = call(agent, "POST", "outbound/next", null);
        assertEquals(200, next.statusCode(), next.body());
        long lead = Cti.json(next).getJsonNumber("id").longValue();
        JsonObject preview = Cti.json(call(agent, "GET", "outbound/leads/" + lead, null));
        JsonObject script = preview.getJsonObject("script");
        assertEquals("Sondaggio soddisfazione", script.getString("name"));
        long version = script.getJsonNumber("versionId").longValue();
        JsonArray questions = preview.getJsonArray("questions");
        call(agent, "POST", "outbound/leads/" + lead + "/dial", null);
        call(agent, "POST", "outbound/leads/" + lead + "/answered", null);
        String answers = "\"answers\":{\"" + questions.getJsonObject(0).getJsonNumber("id") + "\":[\"9\"],\""
                + questions.getJsonObject(1).getJsonNumber("id") + "\":[\"Sì\"]}";

        // from the privacy notice straight to the questions, without the customer's yes
        HttpResponse<String> skipped = call(agent, "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"SURVEY_COMPLETED\"," + answers
                + ",\"script\":{\"versionId\":" + version + ",\"steps\":[{\"stepKey\":\"s1\"},{\"stepKey\":\"s3\"}]}}");
        assertEquals(422, skipped.statusCode(), skipped.body());
        assertEquals("Il percorso dello script non corrisponde alla versione: ricarica la pagina.", Cti.json(skipped).getString("detail"));
        assertEquals(List.of(), records.runsOfLead(lead));
        assertEquals(0, records.answersOfLead(lead));

        String path = "[{\"stepKey\":\"s1\"},{\"stepKey\":\"s2\",\"answer\":\"Sì\"},{\"stepKey\":\"s3\"},{\"stepKey\":\"s4\"},"
                + "{\"stepKey\":\"s5\"},{\"stepKey\":\"s6\"},{\"stepKey\":\"s7\"}]";
        HttpResponse<String> done = call(agent, "POST", "outbound/leads/" + lead + "/outcome", "{\"outcome\":\"SURVEY_COMPLETED\"," + answers
                + ",\"script\":{\"versionId\":" + version + ",\"steps\":" + path + "}}");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals(List.of(new ScriptRecords.RunView("Sondaggio soddisfazione", 1, List.of("s1", "s2:Sì", "s3", "s4", "s5", "s6", "s7"),
                true, "SURVEY_COMPLETED")), records.runsOfLead(lead));
        assertEquals(2, records.answersOfLead(lead));

        long scriptId = records.scriptOfCampaign(SURVEY);
        JsonObject stats = Cti.json(call(Demo.SUPERVISOR, "GET", "scripts/" + scriptId + "/versions/1/stats", null));
        assertTrue(stats.getJsonNumber("runs").longValue() >= 1, stats.toString());
        assertTrue(stats.getJsonObject("outcomes").getJsonNumber("SURVEY_COMPLETED").longValue() >= 1, stats.toString());
    }
}
