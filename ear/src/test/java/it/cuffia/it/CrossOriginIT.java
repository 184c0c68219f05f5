package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page of another origin (here another port of the same host, where SameSite does not help) makes the
 * logged-in person's browser post to the API: refused, nothing stored. The console's own origin goes through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossOriginIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void aWriteOnTheSessionCookieFromAnotherOriginIsRefusedAndStoresNothing() {
        URI base = URI.create(Demo.BASE_URL);
        String own = base.getScheme() + "://" + base.getAuthority();
        String elsewhere = base.getScheme() + "://" + base.getHost() + ":" + (base.getPort() + 1);
        long ticket = openTicket();
        ConsoleClient agent = new ConsoleClient(Demo.BASE_URL);
        agent.login(Demo.AGENT_AURORA, Demo.PASSWORD);

        HttpResponse<String> forged = agent.postFrom(elsewhere, "tickets/" + ticket + "/notes",
                "{\"text\":\"Scritta da un'altra pagina\",\"customerVisible\":true}", "it");
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), forged.headers().toString());
        assertTrue(Cti.json(forged).getString("detail").contains("un altro sito"), forged.body());
        HttpResponse<String> english = agent.postFrom(elsewhere, "tickets/" + ticket + "/notes", "{\"text\":\"x\"}", "en");
        assertTrue(Cti.json(english).getString("detail").contains("another site"), english.body());

        HttpResponse<String> ownPage = agent.postFrom(own, "tickets/" + ticket + "/notes",
                "{\"text\":\"Scritta dalla console\",\"customerVisible\":false}", "it");
        assertEquals(201, ownPage.statusCode(), ownPage.body());

        String notes = ConsoleClient.api("GET", "tickets/" + ticket + "/notes", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it").body();
        assertTrue(notes.contains("Scritta dalla console") && !notes.contains("altra pagina"), notes);
    }

    @Test
    void theSessionCookieStaysOnPagesOfThisSite() {
        HttpResponse<String> login = new ConsoleClient(Demo.BASE_URL).get("login.xhtml");

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
        assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"), cookie);
    }

    private static long openTicket() {
        JsonObject customers = Cti.json(ConsoleClient.api("GET", "customers?size=1", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        String body = "{\"customerId\":" + customers.getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                + ",\"category\":\"INFORMATION\",\"subject\":\"Richiesta da pagina esterna\"}";
        HttpResponse<String> created = ConsoleClient.api("POST", "tickets", Demo.AGENT_AURORA, Demo.PASSWORD, body, "it");
        assertEquals(201, created.statusCode(), created.body());
        return Cti.json(created).getJsonNumber("id").longValue();
    }
}
