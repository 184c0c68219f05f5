package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.kpi.application.KpiCalculation;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.kpi.domain.KpiCounters;
import it.cuffia.kpi.domain.KpiTally;
import it.cuffia.satisfaction.application.SatisfactionSurveys;
import it.cuffia.satisfaction.domain.SatisfactionSurvey;
import it.cuffia.satisfaction.domain.SurveyToken;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.domain.Zones;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 §2 through the real services and database: a ticket resolved by its agent (through the API) gets a survey
 * due after the client's delay, mailed once through the outbox with a link; the answer is kept once and joins the
 * ticket's and the customer's timelines; a second answer, an expired link and an unknown one are refused; nobody
 * without an address, who said no, or asked within the week gets one; a client with surveys off sends nothing; a
 * completed call is surveyed too; the KPI day counts CSAT and NPS for the agent and client.
 */
@ExtendWith(ArquillianExtension.class)
class SatisfactionIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/survey\\.xhtml\\?t=([A-Za-z0-9_-]{32}))");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    SatisfactionFixtures fixtures;

    @Inject
    SatisfactionSurveys surveys;

    @Inject
    KpiCalculation kpis;

    private Instant resolve(SatisfactionFixtures.Setup setup, Long ticket) {
        HttpResponse<String> resolved = ConsoleClient.api("POST", "tickets/" + ticket + "/transitions", setup.agent(), Demo.PASSWORD,
                "{\"action\":\"resolve\",\"version\":" + fixtures.version(ticket) + ",\"resolutionCode\":\"Risolto al telefono\"}", "it");
        assertEquals(200, resolved.statusCode(), resolved.body());
        return fixtures.surveysOfTicket(ticket).stream().map(SatisfactionFixtures.Row::createdAt).findFirst().orElse(null);
    }

    @Test
    void aResolvedTicketIsSurveyedOnceAfterTheDelayAndTheAnswerJoinsTicketTimelineAndKpis() {
        SatisfactionFixtures.Setup setup = fixtures.create(true, 60);
        Instant resolvedAt = resolve(setup, setup.marioTicket());

        List<SatisfactionFixtures.Row> planned = fixtures.surveysOfTicket(setup.marioTicket());
        assertEquals(1, planned.size(), planned.toString());
        assertEquals("SCHEDULED", planned.get(0).status());
        assertEquals(resolvedAt.plus(Duration.ofMinutes(60)), planned.get(0).dueAt(), "due after the client's delay");
        assertEquals(setup.agent(), planned.get(0).agent(), "the agent who owned the ticket");
        assertEquals("PHONE", planned.get(0).channel(), "the ticket's channel");

        String mario = fixtures.emailOf(setup.mario());
        surveys.sendDue(resolvedAt.plus(Duration.ofMinutes(59)));
        assertEquals("SCHEDULED", fixtures.surveysOfTicket(setup.marioTicket()).get(0).status(), "not before the delay");
        assertEquals(List.of(), fixtures.mailsTo(mario));

        Instant due = resolvedAt.plus(Duration.ofMinutes(61));
        surveys.sendDue(due);
        surveys.sendDue(due.plusSeconds(20));
        assertEquals("SENT", fixtures.surveysOfTicket(setup.marioTicket()).get(0).status());
        List<String> mails = fixtures.mailsTo(mario);
        assertEquals(1, mails.size(), "mailed once: " + mails);
        assertTrue(mails.get(0).startsWith("Come è andata con Sondaggi " + setup.tag() + "?"), mails.get(0));
        Matcher link = LINK.matcher(mails.get(0));
        assertTrue(link.find(), mails.get(0));
        assertTrue(link.group(1).startsWith(Demo.BASE_URL + "survey.xhtml?t="), link.group(1));
        String token = link.group(2);

        assertEquals(SatisfactionSurvey.View.OPEN, surveys.open(token).view());
        assertEquals("Sondaggi " + setup.tag(), surveys.open(token).clientName());
        SatisfactionSurveys.PublicSurvey answered = surveys.answer(token, 4, 9, "Operatore molto gentile");
        assertEquals(SatisfactionSurvey.View.ANSWERED, answered.view());
        DomainException again = assertThrows(DomainException.class, () -> surveys.answer(token, 1, 0, "Ci ho ripensato"));
        assertEquals("csat.answered", again.getMessageKey(), "one answer per link");
        assertEquals(SatisfactionSurvey.View.ANSWERED, surveys.open(token).view());
        SatisfactionFixtures.Row kept = fixtures.surveysOfTicket(setup.marioTicket()).get(0);
        assertEquals("ANSWERED 4 9", kept.status() + " " + kept.satisfaction() + " " + kept.recommendation(), "the first answer stands");

        JsonArray changes = array(ConsoleClient.api("GET", "tickets/" + setup.marioTicket() + "/timeline", setup.agent(), Demo.PASSWORD,
                null, "it").body());
        JsonObject rating = changes.getValuesAs(JsonObject.class).stream().filter(c -> "satisfaction".equals(c.getString("field")))
                .findFirst().orElseThrow(() -> new AssertionError(changes.toString()));
        assertEquals("4/5 · 9/10", rating.getString("to"));
        assertEquals("Operatore molto gentile", rating.getString("reason"));
        assertEquals("Mario Cliente", rating.getString("by"));
        assertEquals(1, changes.getValuesAs(JsonObject.class).stream().filter(c -> "satisfaction".equals(c.getString("field"))).count());

        JsonArray timeline = array(ConsoleClient.api("GET", "customers/" + setup.mario() + "/timeline", setup.agent(), Demo.PASSWORD,
                null, "it").body());
        JsonObject entry = timeline.getValuesAs(JsonObject.class).stream().filter(e -> "SATISFACTION".equals(e.getString("kind")))
                .findFirst().orElseThrow(() -> new AssertionError(timeline.toString()));
        assertEquals("Soddisfazione 4/5 · raccomandazione 9/10 · ticket #" + setup.marioTicket(), entry.getString("title"));
        assertEquals("Operatore molto gentile", entry.getString("detail"));

        // Luisa is less happy: 2 and 6 (a detractor); together CSAT (4 + 2) / 2 = 3, NPS (1 promoter - 1 detractor) / 2 = 0
        Instant luisaResolved = resolve(setup, setup.luisaTicket());
        surveys.sendDue(luisaResolved.plus(Duration.ofMinutes(61)));
        Matcher luisaLink = LINK.matcher(fixtures.mailsTo(fixtures.emailOf(setup.luisa())).get(0));
        assertTrue(luisaLink.find());
        surveys.answer(luisaLink.group(2), 2, 6, null);

        LocalDate today = LocalDate.ofInstant(resolvedAt, Zones.ROME); // both answered just now, on the clock's day
        KpiCounters day = new KpiCounters();
        kpis.tallyOf(setup.agentId(), today).stream().filter(t -> setup.clientId().equals(t.getClientId()))
                .map(KpiTally::getCounters).forEach(day::add);
        assertEquals(Optional.of(new BigDecimal("3.0000")), day.value(Kpi.CSAT));
        assertEquals(Optional.of(new BigDecimal("0.0000")), day.value(Kpi.NPS));

        // per channel: both tickets came by phone; the admin's month reads 2 answers, 6 points, 1 promoter, 1 detractor
        JsonArray channels = array(ConsoleClient.api("GET", "kpis/channels?month=" + java.time.YearMonth.from(today), Demo.ADMIN,
                Demo.PASSWORD, null, "it").body());
        JsonObject phone = channels.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.get("clientId") instanceof jakarta.json.JsonNumber n && n.longValue() == setup.clientId()
                        && "PHONE".equals(r.getString("channel", null)))
                .findFirst().orElseThrow(() -> new AssertionError(channels.toString()));
        JsonObject answers = phone.getJsonObject("satisfaction");
        assertEquals("2 6 1 1", answers.getInt("answers") + " " + answers.getInt("satisfactionSum") + " " + answers.getInt("promoters")
                + " " + answers.getInt("detractors"), phone.toString());
    }

    @Test
    void nobodyWithoutAnAddressWhoSaidNoOrWasAskedThisWeekGetsASurvey() {
        SatisfactionFixtures.Setup setup = fixtures.create(true, 0);
        Instant first = resolve(setup, setup.marioTicket());
        surveys.sendDue(first.plusSeconds(1));
        assertEquals("SENT", fixtures.surveysOfTicket(setup.marioTicket()).get(0).status());

        resolve(setup, setup.marioSecondTicket());
        resolve(setup, setup.noMailTicket());
        // due when the last of the three is resolved: on a busy machine the three resolutions span more than a second
        Instant last = resolve(setup, setup.optedOutTicket());
        surveys.sendDue(last.plusSeconds(1));
        assertEquals("SKIPPED RECENT", skipped(setup.marioSecondTicket()), "Mario was asked minutes ago");
        assertEquals("SKIPPED NO_ADDRESS", skipped(setup.noMailTicket()));
        assertEquals("SKIPPED NO_CONTACT", skipped(setup.optedOutTicket()), "withdrew consent to surveys");
        assertEquals(1, fixtures.mailsTo(fixtures.emailOf(setup.mario())).size());
        assertEquals(List.of(), fixtures.mailsTo(fixtures.emailOf(setup.optedOut())));
    }

    private static JsonArray array(String body) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readArray();
        }
    }

    private String skipped(Long ticket) {
        SatisfactionFixtures.Row row = fixtures.surveysOfTicket(ticket).get(0);
        return row.status() + " " + row.skipReason();
    }

    @Test
    void aClientWithTicketSurveysOffSendsNothingForTicketsButSurveysItsCompletedCalls() {
        SatisfactionFixtures.Setup setup = fixtures.create(false, 0);
        resolve(setup, setup.marioTicket());
        assertEquals(List.of(), fixtures.surveysOfTicket(setup.marioTicket()), "no survey planned");

        Long call = fixtures.finishedCall(setup.clientId(), setup.luisa(), setup.agent());
        fixtures.wrappedUp(call);
        List<SatisfactionFixtures.Row> planned = fixtures.surveysOfCall(call);
        assertEquals(1, planned.size());
        assertEquals("PHONE", planned.get(0).channel());
        assertEquals(setup.agent(), planned.get(0).agent());
        surveys.sendDue(planned.get(0).dueAt().plusSeconds(1));
        assertEquals("SENT", fixtures.surveysOfCall(call).get(0).status());
        assertEquals(List.of(), fixtures.mailsTo(fixtures.emailOf(setup.mario())), "Mario's ticket: nothing");
        assertEquals(1, fixtures.mailsTo(fixtures.emailOf(setup.luisa())).size(), "Luisa's call: one survey");
    }

    @Test
    void anExpiredLinkAndAnUnknownOneAreRefused() {
        SatisfactionFixtures.Setup setup = fixtures.create(true, 60);
        String expired = fixtures.mailedSurvey(setup.luisaTicket(), 8);
        assertEquals(SatisfactionSurvey.View.EXPIRED, surveys.open(expired).view());
        assertEquals("csat.expired", assertThrows(DomainException.class, () -> surveys.answer(expired, 5, 10, null)).getMessageKey());
        String fresh = fixtures.mailedSurvey(setup.marioTicket(), 6);
        assertEquals(SatisfactionSurvey.View.OPEN, surveys.open(fresh).view(), "six days of seven: still open");
        assertEquals("csat.satisfaction.required",
                assertThrows(DomainException.class, () -> surveys.answer(fresh, 9, 10, null)).getMessageKey(), "bad input");
        assertEquals(SatisfactionSurvey.View.OPEN, surveys.open(fresh).view(), "a refused answer leaves the link open");

        assertThrows(NotFoundException.class, () -> surveys.open(SurveyToken.create()));
        assertThrows(NotFoundException.class, () -> surveys.open("not-a-token"));
        assertThrows(NotFoundException.class, () -> surveys.answer(null, 5, 10, null));
    }
}
