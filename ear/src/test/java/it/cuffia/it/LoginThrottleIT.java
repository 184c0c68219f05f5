package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing a password: after five wrong ones the name is locked, even for the right password, on the API
 * and on the login page alike, with the wait said in the caller's language; the lock then passes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

    private static final String USER = "supervisore2"; // no other test logs in as this supervisor

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void fiveWrongPasswordsLockTheNameUntilTheWaitIsOver() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, ConsoleClient.api("GET", "tickets", USER, "indovino" + i, null, "it").statusCode());
        }

        HttpResponse<String> right = ConsoleClient.api("GET", "tickets", USER, Demo.PASSWORD, null, "it");
        assertEquals(429, right.statusCode(), right.body());
        assertTrue(right.headers().firstValue("Retry-After").isPresent(), right.headers().toString());
        assertTrue(right.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Cti.json(right).getString("detail").startsWith("Troppi tentativi falliti: riprova tra un minuto"), right.body());
        HttpResponse<String> english = ConsoleClient.api("GET", "tickets", USER, Demo.PASSWORD, null, "en");
        assertTrue(Cti.json(english).getString("detail").startsWith("Too many failed attempts"), english.body());

        String page = new ConsoleClient(Demo.BASE_URL).login(USER, Demo.PASSWORD);
        assertTrue(page.contains("Troppi tentativi falliti"), "the login page says why, instead of logging in: " + page);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(5))
                .until(() -> ConsoleClient.api("GET", "tickets", USER, Demo.PASSWORD, null, "it").statusCode() == 200);
    }
}
