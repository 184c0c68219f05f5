package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The customer search (list screens and GET /api/customers?q=, one service) finds a customer by phone number however
 * the number is typed, inside the caller's clients only; names are still found as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerPhoneSearchIT {

    /** A demo customer of Telefonia Aurora (seeded data): Giovanna Ricci of Palermo, mobile stored as +393916398129. */
    private static final String NUMBER = "+393916398129";
    private static final String LAST_NAME = "Ricci";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @ParameterizedTest
    @ValueSource(strings = {"391 639 8129", "+393916398129", "0039 391 6398129", "3916398129", "+39 391-639-8129"})
    void aNumberTypedAnyWayFindsTheCustomerStoredInE164(String typed) {
        JsonObject found = search(Demo.AGENT_AURORA, typed);

        assertEquals(1, found.getInt("total"), typed + ": " + found);
        JsonObject customer = found.getJsonArray("items").getJsonObject(0);
        assertEquals(LAST_NAME, customer.getString("lastName"));
        assertTrue(customer.getJsonArray("phones").getValuesAs(jakarta.json.JsonString::getString).contains(NUMBER), customer.toString());
    }

    @Test
    void anotherClientsCallerDoesNotFindTheNumber() {
        assertEquals(0, search(Demo.SALES_VERDE, "391 639 8129").getInt("total"));
        assertEquals(1, search(Demo.SALES_AURORA, "391 639 8129").getInt("total"));
    }

    @Test
    void namesAreStillFoundAndAnotherNumberFindsNobody() {
        JsonObject byName = search(Demo.AGENT_AURORA, LAST_NAME.toLowerCase());
        assertTrue(byName.getInt("total") >= 1, byName.toString());
        assertEquals(0, search(Demo.AGENT_AURORA, "391 639 8128").getInt("total"), "a different number finds nobody");
    }

    private static JsonObject search(String user, String q) {
        HttpResponse<String> response = ConsoleClient.api("GET", "customers?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                user, Demo.PASSWORD, null, "it");
        assertEquals(200, response.statusCode(), response.body());
        return Cti.json(response);
    }
}
