package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client's public web form over HTTP, as a person and as a bot send it: a WEB ticket for the form's client with its
 * file and a confirmation mail (GreenMail on 3025); bad input told in the page's language with nothing stored; bot-like
 * submissions, replays and floods refused with the same neutral words and no ticket; unknown and disabled forms 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebFormIT {

    private static final String NEUTRAL_IT = "Non è stato possibile inviare la richiesta.";
    private static final List<WebFormClient.Upload> NO_FILES = List.of();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** How many tickets, of any client, have this text in their subject (seen by the admin, who sees every client). */
    private static int ticketsAbout(String subject) {
        HttpResponse<String> found = ConsoleClient.api("GET", "tickets?size=50&q=" + java.net.URLEncoder.encode(subject, StandardCharsets.UTF_8), Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(200, found.statusCode(), found.body());
        return json(found).getJsonArray("items").size();
    }

    private static WebFormClient opened(String clientCode, String language) {
        WebFormClient form = new WebFormClient(WebFormClient.enabledFormOf(clientCode), language);
        HttpResponse<String> page = form.open();
        assertEquals(200, page.statusCode(), page.body());
        return form;
    }

    @Test
    void aPersonsSubmissionOpensAWebTicketForTheFormsClientWithItsFileAndMailsItsNumber() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            String key = WebFormClient.enabledFormOf("ENVERDE");
            WebFormClient form = new WebFormClient(key, "it");
            HttpResponse<String> page = form.open();
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Energia Verde Italia S.r.l."), "the form says whose it is");
            assertTrue(page.body().contains("Regolamento UE 2016/679"), "with the privacy notice in Italian");
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self' https: http:"),
                    "the form may be framed in the client's site: " + page.headers());
            assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "no session for a stranger: " + page.headers());

            String email = WebFormClient.uniqueEmail();
            // accents, the euro sign, a dash and guillemets, as a browser posts them: UTF-8 with no charset named
            String subject = "Perché è già così? Bolletta " + UUID.randomUUID().toString().substring(0, 8);
            String message = "Città: Forlì. Addebito di € 12,50 – «non dovuto».";
            Map<String, String> entry = WebFormClient.entry(email, subject);
            entry.put("message", message);
            // the phone number of one of the client's customers: typed on a public form, it proves nobody's identity,
            // so the ticket is not filed under that customer (whose address an agent's reply would go to)
            JsonObject phoneOwner = ConsoleClient.customerWithPhone(Demo.AGENT_VERDE, "lastName");
            assertEquals(WebFormClient.clientId("ENVERDE"), phoneOwner.getJsonNumber("clientId").longValue());
            String ownersPhone = phoneOwner.getJsonArray("phones").getString(0);
            entry.put("phone", ownersPhone);
            byte[] note = "Contatore n. 123456, lettura 4512 kWh".getBytes(StandardCharsets.UTF_8);
            String stamp = WebFormClient.stampServedSecondsAgo(key, 30);
            HttpResponse<String> sent = form.send(entry, stamp, "", List.of(new WebFormClient.Upload("lettura.txt", "text/plain", note)));
            assertEquals(200, sent.statusCode(), sent.body());
            long number = WebFormClient.ticketNumber(sent).orElseThrow(() -> new AssertionError("no ticket number: " + sent.body()));
            assertTrue(sent.body().contains("Ti abbiamo inviato una conferma a " + email), sent.body());

            JsonObject ticket = json(ConsoleClient.api("GET", "tickets/" + number, Demo.ADMIN, Demo.PASSWORD, null, "it"));
            assertEquals("WEB", ticket.getString("channel"));
            assertEquals(WebFormClient.clientId("ENVERDE"), ticket.getJsonNumber("clientId").longValue(), "the form's client");
            assertEquals(subject, ticket.getString("subject"), "stored as typed");
            assertTrue(ticket.getString("description").contains(message), "stored as typed: " + ticket.getString("description"));
            assertEquals("TECHNICAL_SUPPORT", ticket.getString("category"));
            assertEquals("NEW", ticket.getString("state"), "waiting in the queue");
            assertFalse(ticket.containsKey("assignee") && !ticket.isNull("assignee"), "nobody took it");
            JsonArray files = Json.createReader(new StringReader(ConsoleClient.api("GET", "tickets/" + number + "/attachments",
                    Demo.ADMIN, Demo.PASSWORD, null, "it").body())).readArray();
            assertEquals(1, files.size());
            assertEquals("lettura.txt", files.getJsonObject(0).getString("fileName"));
            JsonObject customer = json(ConsoleClient.api("GET", "customers/" + ticket.getJsonNumber("customerId"),
                    Demo.ADMIN, Demo.PASSWORD, null, "it"));
            assertEquals(email, customer.getString("email"), "a new customer of the client, with the address written");
            assertNotEquals(phoneOwner.getJsonNumber("id").longValue(), customer.getJsonNumber("id").longValue(),
                    "not the customer who has that phone number");
            assertTrue(customer.toString().contains(ownersPhone.replace(" ", "")), "and the phone as libphonenumber reads it: " + customer);

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(m -> recipient(m).equals(email)));
            MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email)).findFirst().orElseThrow();
            assertEquals("La tua richiesta n. " + number + " è stata ricevuta", mail.getSubject());
            assertTrue(GreenMailUtil.getBody(mail).contains(subject) || mail.getContent().toString().contains(subject));

            // the same served form sent again (a reload, a replay): refused, no second ticket
            HttpResponse<String> again = form.send(entry, stamp, "", NO_FILES);
            assertTrue(again.body().contains(NEUTRAL_IT), again.body());
            assertEquals(1, ticketsAbout(subject));

            // the same person writes again on a new form: the customer is found by the address, not created twice
            String second = subject + " bis";
            WebFormClient other = new WebFormClient(key, "it");
            other.open();
            long secondNumber = WebFormClient.ticketNumber(other.send(WebFormClient.entry(email, second),
                    WebFormClient.stampServedSecondsAgo(key, 20), "", NO_FILES)).orElseThrow();
            assertEquals(ticket.getJsonNumber("customerId").longValue(), json(ConsoleClient.api("GET", "tickets/" + secondNumber,
                    Demo.ADMIN, Demo.PASSWORD, null, "it")).getJsonNumber("customerId").longValue());
        } finally {
            smtp.stop();
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theClientsRoutingRuleDecidesPriorityAndLevelOfAWebTicket() {
        String word = "allagamento" + UUID.randomUUID().toString().substring(0, 6);
        WebFormClient.urgentToSpecialists("ENVERDE", word);
        WebFormClient form = opened("ENVERDE", "it");
        HttpResponse<String> sent = form.send(WebFormClient.entry(WebFormClient.uniqueEmail(), "Contatore " + word),
                WebFormClient.stampServedSecondsAgo(form.key(), 30), "", NO_FILES);
        long number = WebFormClient.ticketNumber(sent).orElseThrow(() -> new AssertionError(sent.body()));
        JsonObject ticket = json(ConsoleClient.api("GET", "tickets/" + number, Demo.ADMIN, Demo.PASSWORD, null, "it"));
        assertEquals("URGENT", ticket.getString("priority"));
        assertEquals(2, ticket.getInt("level"), "straight to the specialists' queue");
        assertEquals("TECHNICAL_SUPPORT", ticket.getString("category"), "the category the person chose: the rule leaves it");
        assertFalse(ticket.getBoolean("escalated"), "routed, not escalated");
    }

    @Test
    void badInputIsToldInThePagesLanguageAndNothingIsStored() {
        WebFormClient form = opened("AURORA", "en");
        String subject = "Bad " + UUID.randomUUID().toString().substring(0, 8);
        String stamp = WebFormClient.stampServedSecondsAgo(form.key(), 30);

        Map<String, String> noPrivacy = WebFormClient.entry(WebFormClient.uniqueEmail(), subject);
        noPrivacy.put("privacy", "off");
        HttpResponse<String> refused = form.send(noPrivacy, stamp, "", NO_FILES);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("To send your request you must state that you have read the privacy notice."), refused.body());
        assertTrue(refused.body().contains(subject), "the form keeps what was typed");

        Map<String, String> empty = WebFormClient.entry(WebFormClient.uniqueEmail(), subject);
        empty.put("firstName", " ");
        empty.put("message", "");
        empty.put("category", "");
        empty.put("privacy", "off");
        String emptyPage = form.send(empty, stamp, "", NO_FILES).body();
        assertTrue(emptyPage.contains("Please fill in the required fields: First name, Topic, Message. Also state that you have read the privacy notice."),
                "every empty field named at once: " + emptyPage);

        Map<String, String> badAddress = WebFormClient.entry("giulia-at-example", subject);
        String badAddressPage = form.send(badAddress, stamp, "", NO_FILES).body();
        assertTrue(badAddressPage.matches("(?s).*(\"|&quot;)giulia-at-example(\"|&quot;) is not a valid e-mail address\\..*"), badAddressPage);

        HttpResponse<String> page = form.send(WebFormClient.entry(WebFormClient.uniqueEmail(), subject), stamp, "",
                List.of(new WebFormClient.Upload("fattura.pdf", "application/pdf", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8))));
        assertTrue(page.body().contains("fattura.pdf"), "the file is refused by its content: " + page.body());
        assertEquals(0, ticketsAbout(subject), "nothing stored");
    }

    /** A double click sends the same served form twice at once: one ticket, and neither send ends on an error page. */
    @Test
    void aDoubleClickMakesOneTicketAndNoErrorPage() throws Exception {
        WebFormClient form = opened("AURORA", "it");
        String subject = "Doppio clic " + UUID.randomUUID().toString().substring(0, 8);
        java.util.Map<String, String> entry = WebFormClient.entry(WebFormClient.uniqueEmail(), subject);
        String stamp = WebFormClient.stampServedSecondsAgo(form.key(), 30);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<HttpResponse<String>>> sends = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sends.add(pool.submit(() -> {
                    go.await();
                    return form.send(entry, stamp, "", NO_FILES);
                }));
            }
            go.countDown();
            int withNumber = 0;
            for (java.util.concurrent.Future<HttpResponse<String>> send : sends) {
                HttpResponse<String> answer = send.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(200, answer.statusCode(), answer.body());
                if (WebFormClient.ticketNumber(answer).isPresent()) {
                    withNumber++;
                } else {
                    assertTrue(answer.body().contains(NEUTRAL_IT), answer.body());
                }
            }
            assertEquals(1, withNumber);
            assertEquals(1, ticketsAbout(subject));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theHiddenFieldFilledInGetsTheNeutralAnswerAndNoTicket() {
        WebFormClient form = opened("AURORA", "it");
        String subject = "Honeypot " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> answer = form.send(WebFormClient.entry(WebFormClient.uniqueEmail(), subject),
                WebFormClient.stampServedSecondsAgo(form.key(), 30), "https://spam.example", NO_FILES);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains(NEUTRAL_IT), answer.body());
        assertEquals(Optional.empty(), WebFormClient.ticketNumber(answer));
        assertEquals(0, ticketsAbout(subject));
    }

    @Test
    void aFormSentAsSoonAsServedOrWithAForgedStampGetsTheNeutralAnswerAndNoTicket() {
        WebFormClient form = opened("AURORA", "it");
        String subject = "Fast " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> tooFast = form.send(WebFormClient.entry(WebFormClient.uniqueEmail(), subject), form.servedStamp(), "", NO_FILES);
        assertTrue(tooFast.body().contains(NEUTRAL_IT), tooFast.body());

        String served = form.servedStamp();
        String older = (Long.parseLong(served.substring(0, served.indexOf('.'))) - 600) + served.substring(served.indexOf('.'));
        HttpResponse<String> forged = form.send(WebFormClient.entry(WebFormClient.uniqueEmail(), subject), older, "", NO_FILES);
        assertTrue(forged.body().contains(NEUTRAL_IT), forged.body());
        assertEquals(0, ticketsAbout(subject));
    }

    @Test
    void theFourthSubmissionOfAnAddressWithinTheHourIsRefused() {
        String email = WebFormClient.uniqueEmail();
        String subject = "Rate " + UUID.randomUUID().toString().substring(0, 8);
        String key = WebFormClient.enabledFormOf("AURORA");
        for (int i = 1; i <= 4; i++) {
            WebFormClient form = new WebFormClient(key, "it");
            form.open();
            HttpResponse<String> answer = form.send(WebFormClient.entry(email, subject + " " + i),
                    WebFormClient.stampServedSecondsAgo(key, 30), "", NO_FILES);
            assertEquals(i <= 3, WebFormClient.ticketNumber(answer).isPresent(), i + ": " + answer.body());
        }
        assertEquals(3, ticketsAbout(subject));
    }

    @Test
    void anUnknownOrDisabledFormIsNotFound() {
        assertEquals(404, WebFormClient.open("?k=" + "x".repeat(43)).statusCode());
        assertEquals(404, WebFormClient.open("").statusCode());
        HttpResponse<String> unknown = WebFormClient.open("?k=nope&lang=en");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Pagina non trovata") || unknown.body().contains("Page not found"), unknown.body());

        String key = WebFormClient.enabledFormOf("AURORA");
        WebFormClient form = new WebFormClient(key, "it");
        assertEquals(200, form.open().statusCode());
        WebFormClient.disable(key);
        try {
            assertEquals(404, WebFormClient.open("?k=" + key).statusCode());
            HttpResponse<String> sent = form.send(WebFormClient.entry(WebFormClient.uniqueEmail(), "Chiuso"),
                    WebFormClient.stampServedSecondsAgo(key, 30), "", NO_FILES);
            assertEquals(404, sent.statusCode(), "a form switched off meanwhile takes nothing");
        } finally {
            WebFormClient.enabledFormOf("AURORA");
        }
    }
}
