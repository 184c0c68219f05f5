package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen every role reaches, as a new user would try it: each page of the role's menu and one detail page
 * of every kind linked from them, each tab, view switch, sort header, paginator, column filter, dialog and
 * export, in Italian and in English, on a laptop-sized window (1366×768). See {@link Sweep} for what fails it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SweepIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    /**
     * Every kind of detail page has something to show, whatever ran before: a ticket in the queues and the
     * statements of a closed month (the test domain starts without the demo's history).
     */
    @BeforeAll
    static void somethingInEveryList() {
        JsonObject customers = json(ConsoleClient.api("GET", "customers?size=1", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        long customerId = customers.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        json(ConsoleClient.api("POST", "tickets", Demo.AGENT_AURORA, Demo.PASSWORD, "{\"customerId\":" + customerId
                + ",\"category\":\"INFORMATION\",\"priority\":\"NORMAL\",\"channel\":\"PHONE\","
                + "\"subject\":\"Orari del negozio\",\"description\":\"Dalla prova di tutte le schermate\"}", "it"));
        WebFormClient.enabledFormOf("AURORA"); // the admin's page of the web forms links a public form, and the sweep opens it
        long execution = json(ConsoleClient.api("POST", "batch/month-close?month=2026-02", Demo.ADMIN, Demo.PASSWORD, null, "it"))
                .getJsonNumber("executionId").longValue();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> json(ConsoleClient.api("GET",
                "batch/executions/" + execution, Demo.ADMIN, Demo.PASSWORD, null, "it")).getString("status").equals("COMPLETED"));
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"admin,it", "supervisore1,it", "operatore01,it", "commerciale1,it",
            "admin,en", "supervisore1,en", "operatore01,en", "commerciale1,en"})
    void everyScreenOfTheRoleWorks(String user, String language) throws Exception {
        Path downloads = Files.createDirectories(Path.of("target", "sweep-downloads", user + "-" + language));
        try (var old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        try (Browser browser = new Browser(1366, 768, downloads)) {
            Sweep sweep = new Sweep(browser, downloads, user + "-" + language, language);
            browser.login(user, Demo.PASSWORD);
            if (!language.equals("it")) {
                browser.switchLanguage(language);
            }
            sweep.run();
            System.out.println(sweep.summary());
            assertTrue(sweep.problems().isEmpty(), user + " (" + language + ") met " + sweep.problems().size()
                    + " problem(s):\n" + String.join("\n", sweep.problems()));
        }
    }
}
