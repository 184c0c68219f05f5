package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A booking through the API sends the customer a confirmation and the sales person a notice, each
 * with an iCalendar invitation, through the server's mail session to GreenMail (port 3025).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppointmentMailIT {

    private GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private static HttpResponse<String> call(String method, String path, String json) {
        return ConsoleClient.api(method, path, "operatore03", Demo.PASSWORD, json, "it");
    }

    @Test
    void bookingInACallMailsTheCustomerAndTheSalesPerson() throws Exception {
        HttpResponse<String> next = call("POST", "outbound/next", null);
        assertEquals(200, next.statusCode(), next.body());
        long lead = Cti.json(next).getJsonNumber("id").longValue();
        assertEquals(200, call("POST", "outbound/leads/" + lead + "/dial", null).statusCode());
        call("POST", "outbound/leads/" + lead + "/answered", null);
        JsonArray slots = Json.array(call("GET", "outbound/leads/" + lead + "/slots", null).body());
        assertTrue(slots.size() > 0, "free slots are offered");
        // Roberto Ferrari visits every province: the second lead below is surely his to serve too
        JsonObject slot = slots.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("salesPerson").equals("Roberto Ferrari")).findFirst().orElseThrow();

        HttpResponse<String> booked = call("POST", "outbound/leads/" + lead + "/outcome",
                "{\"outcome\":\"APPOINTMENT_BOOKED\",\"notes\":\"Cliente interessato\",\"appointmentSlot\":\"" + slot.getString("key") + "\"}");
        assertEquals(200, booked.statusCode(), booked.body());

        HttpResponse<String> again = call("POST", "outbound/next", null);
        if (again.statusCode() == 200) {
            long other = Cti.json(again).getJsonNumber("id").longValue();
            assertEquals(200, call("POST", "outbound/leads/" + other + "/dial", null).statusCode());
            HttpResponse<String> taken = call("POST", "outbound/leads/" + other + "/outcome",
                    "{\"outcome\":\"APPOINTMENT_BOOKED\",\"appointmentSlot\":\"" + slot.getString("key") + "\"}");
            assertEquals(422, taken.statusCode(), "the same slot cannot be booked twice");
            assertTrue(Cti.json(taken).getString("detail").contains("appena stato preso"), taken.body());
            assertEquals(200, call("POST", "outbound/leads/" + other + "/outcome", "{\"outcome\":\"NO_ANSWER\"}").statusCode());
        }

        // both within a minute (the sender runs every 20 s); mails other tests' bookings left in the outbox may come too:
        // the notice of this booking is the one with this agent's notes
        MimeMessage notice = org.awaitility.Awaitility.await("the notice with the agent's notes").atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("Nuovo appuntamento")
                        && GreenMailUtil.getBody(m).contains("Cliente interessato")).findFirst(), java.util.Optional::isPresent).orElseThrow();
        MimeMessage confirmation = org.awaitility.Awaitility.await("the customer's confirmation").atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("Conferma appuntamento")).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        assertTrue(notice.getAllRecipients()[0].toString().endsWith("@cuffia.example"), "to the sales person");
        assertTrue(GreenMailUtil.getBody(notice).contains("Cliente interessato"), "the agent's notes reach the sales person");
        assertTrue(GreenMailUtil.getBody(confirmation).contains("BEGIN:VCALENDAR"), "with an invitation");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON array body. */
    static final class Json {
        static JsonArray array(String body) {
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                return reader.readArray();
            }
        }
    }
}
