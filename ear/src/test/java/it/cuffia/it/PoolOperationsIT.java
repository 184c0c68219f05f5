package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator does with the pool on the domain domain.sh sets up (the test domain is made by the same script):
 * the admin console's Ping (its REST call) succeeds, and the pool's monitoring statistics are there; the server runs
 * with the heap domain.sh gives it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PoolOperationsIT {

    private final PayaraAdmin payara = new PayaraAdmin();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void theConsolesPingOfCuffiaPoolSucceeds() {
        JsonObject ping = admin("/management/domain/resources/ping-connection-pool.json?id=CuffiaPool");

        assertEquals("SUCCESS", ping.getString("exit_code"), ping.toString());
    }

    @Test
    void thePoolHasMonitoringStatistics() {
        // the statistics count from the first connection the pool gives out
        assertEquals(200, new ConsoleClient(Demo.BASE_URL.replace("/cuffia/", "/")).get("health/ready").statusCode());

        long acquired = await().atMost(Duration.ofSeconds(30)).until(() -> admin("/monitoring/domain/server/resources/CuffiaPool")
                .getJsonObject("extraProperties").getJsonObject("entity").getJsonObject("numconnacquired").getJsonNumber("count").longValue(),
                count -> count > 0);

        assertTrue(acquired > 0);
        JsonObject level = admin("/management/domain/configs/config/server-config/monitoring-service/module-monitoring-levels.json");
        assertEquals("HIGH", level.getJsonObject("extraProperties").getJsonObject("entity").getString("jdbcConnectionPool"), level.toString());
    }

    @Test
    void theServerHasTheHeapDomainShGivesItAndLeavesADumpWhenItRunsOut() {
        List<String> options = admin("/management/domain/configs/config/server-config/java-config/jvm-options.json")
                .getJsonObject("extraProperties").getJsonArray("leafList").getValuesAs(JsonObject.class).stream()
                .map(option -> option.getString("jvmOption")).toList();

        assertTrue(options.contains("-Xmx1g"), options.toString());
        assertFalse(options.contains("-Xmx512m"), "Payara's default heap is gone: " + options);
        assertTrue(options.contains("-XX:+HeapDumpOnOutOfMemoryError"), options.toString());
    }

    private JsonObject admin(String path) {
        HttpResponse<String> response = payara.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
