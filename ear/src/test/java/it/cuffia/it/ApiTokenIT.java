package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Programs call the API with a token instead of a password: it acts as its user until revoked or expired,
 * opens no session, cannot issue more tokens; token and Basic calls leave no session behind; and many
 * concurrent calls on one console session are all let in (payara/Payara#6145 answered some with 403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenIT {

    private static final String AGENT = Demo.AGENT_AURORA;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void aTokenActsAsItsUserUntilRevokedAndOpensNoSession() {
        HttpResponse<String> issued = ConsoleClient.api("POST", "tokens", AGENT, Demo.PASSWORD,
                "{\"name\":\"centralino di prova\",\"validThrough\":\"" + today().plusDays(30) + "\"}", "it");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject token = Cti.json(issued);
        String secret = token.getString("token");
        assertTrue(secret.startsWith("cuffia_"), secret);
        assertFalse(issued.headers().firstValue("Set-Cookie").isPresent(), "a Basic call opens no session: " + issued.headers());

        HttpResponse<String> tickets = ConsoleClient.withToken("GET", "tickets?size=5", secret, null, "it");
        assertEquals(200, tickets.statusCode(), tickets.body());
        assertFalse(tickets.headers().firstValue("Set-Cookie").isPresent(), "a token call opens no session: " + tickets.headers());
        assertEquals(ConsoleClient.api("GET", "tickets?size=5", AGENT, Demo.PASSWORD, null, "it").body(), tickets.body(),
                "the token sees what its user sees: the clients the agent works for, no more, no fewer");
        HttpResponse<String> admins = ConsoleClient.withToken("GET", "campaigns", secret, null, "it");
        assertEquals(403, admins.statusCode(), "the token has its user's roles, no more: " + admins.body());

        HttpResponse<String> breeding = ConsoleClient.withToken("POST", "tokens", secret,
                "{\"name\":\"figlio\",\"validThrough\":\"" + today().plusDays(30) + "\"}", "it");
        assertEquals(403, breeding.statusCode(), breeding.body());
        assertTrue(Cti.json(breeding).getString("detail").contains("non può creare altri token"), breeding.body());

        String listed = ConsoleClient.api("GET", "tokens", AGENT, Demo.PASSWORD, null, "it").body();
        assertTrue(listed.contains("centralino di prova") && !listed.contains(secret), "listed without its secret: " + listed);
        assertTrue(listed.contains("\"lastUsedAt\":\""), "the use is recorded: " + listed);

        long id = token.getJsonNumber("id").longValue();
        assertEquals(404, ConsoleClient.api("DELETE", "tokens/" + id, Demo.AGENT_VERDE, Demo.PASSWORD, null, "it").statusCode(),
                "another user's token is not theirs to revoke");
        assertEquals(204, ConsoleClient.api("DELETE", "tokens/" + id, AGENT, Demo.PASSWORD, null, "it").statusCode());
        HttpResponse<String> revoked = ConsoleClient.withToken("GET", "tickets?size=5", secret, null, "it");
        assertEquals(401, revoked.statusCode(), revoked.body());
        assertTrue(revoked.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), revoked.headers().toString());
    }

    @Test
    void aTokenBeyondAYearOrWithoutANameIsRefusedInTheCallersLanguage() {
        HttpResponse<String> tooLong = ConsoleClient.api("POST", "tokens", AGENT, Demo.PASSWORD,
                "{\"name\":\"crm\",\"validThrough\":\"" + today().plusYears(2) + "\"}", "en");
        assertEquals(422, tooLong.statusCode(), tooLong.body());
        assertTrue(Cti.json(tooLong).getString("detail").contains("between today and 366 days"), tooLong.body());
        HttpResponse<String> nameless = ConsoleClient.api("POST", "tokens", AGENT, Demo.PASSWORD,
                "{\"validThrough\":\"" + today() + "\"}", "it");
        assertEquals(422, nameless.statusCode(), nameless.body());
        assertTrue(Cti.json(nameless).getString("detail").contains("a cosa serve"), nameless.body());
        assertEquals(401, ConsoleClient.withToken("GET", "tickets", "cuffia_inventato", null, "it").statusCode());
    }

    @Test
    void manyConcurrentCallsOnOneConsoleSessionAreAllLetIn() throws Exception {
        ConsoleClient console = new ConsoleClient(Demo.BASE_URL);
        console.login(AGENT, Demo.PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = IntStream.range(0, 400)
                    .mapToObj(i -> pool.submit(() -> console.api("GET", "tickets?size=1", null).statusCode()))
                    .toList();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Rome"));
    }
}
