package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Issue 16 §2, acceptance: an agent resolves a ticket, the customer gets the survey mail (the server's mail session to
 * GreenMail, port 3025), opens its link, answers once and reads the thanks; opening the link again says it was already
 * answered; in Italian and in English (the page's language link). Expired and unknown links say so; the admin's
 * settings page and its dialog.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SatisfactionBrowserIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/survey\\.xhtml\\?t=[A-Za-z0-9_-]{32})");

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "it|Com'è andata?|Scelga quanto è soddisfatto, da 1 a 5.|Grazie!|Ha già risposto",
            "en|How did it go?|Choose how satisfied you are, from 1 to 5.|Thank you!|Already answered"})
    void theCustomerAnswersTheSurveyOfTheResolvedTicketOnceAndASecondAnswerIsRefused(String language, String title, String missing,
                                                                                 String thanks, String already) throws Exception {
        String[] setup = fixture("delay=0").split(" ");
        String tag = setup[0];
        String agent = setup[2];
        String ticket = setup[3];
        String email = setup[5];
        HttpResponse<String> resolved = ConsoleClient.api("POST", "tickets/" + ticket + "/transitions", agent, Demo.PASSWORD,
                "{\"action\":\"resolve\",\"version\":" + setup[4] + ",\"resolutionCode\":\"Risolto\"}", "it");
        assertEquals(200, resolved.statusCode(), resolved.body());

        // the survey timer and then the outbox run every 20 s: the mail arrives within a minute
        MimeMessage mail = Awaitility.await("the survey mail").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        assertEquals("Come è andata con Sondaggi " + tag + "?", mail.getSubject());
        String body = (String) mail.getContent();
        Matcher found = LINK.matcher(body);
        assertTrue(found.find(), body);
        String link = found.group(1);

        try (Browser browser = new Browser(1100, 1000, null)) {
            browser.driver.get(link);
            browser.waitForText(By.cssSelector("main h1"), "Com'è andata?");
            if (language.equals("en")) {
                browser.driver.findElement(By.id("lang-en")).click();
            }
            browser.waitForText(By.cssSelector("main h1"), title);
            assertTrue(browser.waitFor(By.id("clientName")).getText().equals("Sondaggi " + tag));
            browser.screenshot("survey-" + language);

            browser.driver.findElement(By.id("survey:send")).click();
            browser.waitForText(By.id("survey:messages"), missing);

            browser.driver.findElement(By.cssSelector("input[name='survey:satisfaction'][value='4']")).click();
            browser.driver.findElement(By.cssSelector("input[name='survey:recommendation'][value='9']")).click();
            browser.type(By.id("survey:comment"), "Gentili e veloci");
            browser.screenshot("survey-" + language + "-filled");
            browser.driver.findElement(By.id("survey:send")).click();
            browser.waitForText(By.id("thanks"), thanks);
            browser.screenshot("survey-" + language + "-thanks");

            browser.driver.get(link + (language.equals("en") ? "&lang=en" : ""));
            browser.waitForText(By.id("answered"), already);
            assertTrue(browser.driver.findElements(By.id("survey:send")).isEmpty(), "no form for a second answer");
            browser.screenshot("survey-" + language + "-answered");
        }
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)).count(), "one mail");
        String timeline = ConsoleClient.api("GET", "tickets/" + ticket + "/timeline", agent, Demo.PASSWORD, null, "it").body();
        assertTrue(timeline.contains("\"4/5 · 9/10\"") && timeline.contains("Gentili e veloci"), timeline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "it|Il link è scaduto|Link non valido",
            "en|The link has expired|Invalid link"})
    void anExpiredOrUnknownLinkSaysSoWithoutAnErrorPage(String language, String expired, String unknown) {
        String[] setup = fixture("delay=60").split(" ");
        String token = fixture("expiredFor=" + setup[3]);
        String lang = language.equals("en") ? "&lang=en" : "";
        try (Browser browser = new Browser(1100, 800, null)) {
            browser.open("survey.xhtml?t=" + token + lang);
            browser.waitForText(By.id("expired"), expired);
            assertTrue(browser.driver.findElements(By.id("survey:send")).isEmpty());
            browser.screenshot("survey-" + language + "-expired");

            browser.open("survey.xhtml?t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" + lang);
            browser.waitForText(By.id("unknown"), unknown);
            browser.screenshot("survey-" + language + "-unknown");
            browser.open("survey.xhtml?t=%27%3Cscript%3E" + lang);
            browser.waitForText(By.id("unknown"), unknown);
            assertFalse(browser.pageText().contains("Exception"));
        }
        HttpResponse<String> stranger = get("survey.xhtml?t=nothing");
        assertEquals(404, stranger.statusCode(), "an unknown link is not found, with the page's own words");
        assertTrue(stranger.body().contains("Link non valido"), stranger.body());
    }

    @Test
    void theAdminSetsAClientsSurveysInBothLanguages() {
        String[] setup = fixture("delay=45").split(" ");
        String client = "Sondaggi " + setup[0];
        try (Browser browser = new Browser(1366, 1000, null)) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            for (String language : new String[] {"it", "en"}) {
                browser.switchLanguage(language);
                browser.open("admin/satisfaction.xhtml");
                String row = browser.waitFor(By.xpath("//tr[contains(.," + Browser.xpathLiteral(client) + ")]")).getText();
                assertTrue(row.contains(language.equals("it") ? "Dopo ticket e telefonate" : "After tickets and calls"), row);
                assertTrue(row.contains("45"), row);
                browser.screenshot("satisfaction-admin-" + language);
                browser.driver.findElement(By.xpath("//tr[contains(.," + Browser.xpathLiteral(client) + ")]//button")).click();
                browser.waitFor(By.id("settingsForm:linkBase"));
                browser.screenshot("satisfaction-admin-" + language + "-dialog");
                browser.type(By.id("settingsForm:bodyIt"), "Ci dica come è andata.");
                browser.click("settingsForm:save");
                browser.waitForText(By.id("settingsForm:messages"), language.equals("it") ? "manca {link}" : "{link} is missing");
                browser.driver.findElement(By.cssSelector("#settingsDialog .ui-dialog-titlebar-close")).click();
            }
            browser.switchLanguage("it"); // the choice is remembered per user: other tests read the admin's pages in Italian
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(Demo.BASE_URL + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fixture(String query) {
        HttpResponse<String> answer = get("it/satisfaction?" + query);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("satisfaction fixture " + query + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }
}
