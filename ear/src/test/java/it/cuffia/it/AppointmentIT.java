package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.appointments.application.AppointmentService;
import it.cuffia.appointments.domain.SlotKey;
import it.cuffia.shared.domain.DomainException;
import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booking on the real database, as agents book: each in their own call, through the API with their own token.
 * One slot, twenty agents at once; only an agent in a call books; each sales person's feed.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    AppointmentFixtures fixtures;

    @Inject
    AppointmentService appointments;

    @Resource
    ManagedThreadFactory threads;

    @Test
    void twentyAgentsBookingTheSameSlotInTheirCallsAtOnceMakeExactlyOneAppointment() throws Exception {
        AppointmentFixtures.Setup setup = fixtures.create(20, 20);
        List<Long> calls = new ArrayList<>();
        for (String agent : setup.agentTokens()) {
            calls.add(inCall(agent));
        }
        JsonObject offered = slotsOf(setup.agentTokens().get(0), calls.get(0)).get(0);
        SlotKey slot = SlotKey.parse(offered.getString("key"));
        String outcome = "{\"outcome\":\"APPOINTMENT_BOOKED\",\"notes\":\"Interessato alla fibra\",\"appointmentSlot\":\""
                + offered.getString("key") + "\"}";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20, threads);
        try {
            List<Future<HttpResponse<String>>> bookings = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String agent = setup.agentTokens().get(i);
                Long lead = calls.get(i);
                bookings.add(pool.submit(() -> {
                    start.await();
                    return ConsoleClient.withToken("POST", "outbound/leads/" + lead + "/outcome", agent, outcome, "it");
                }));
            }
            start.countDown();
            int won = 0;
            List<Integer> refused = new ArrayList<>();
            for (int i = 0; i < bookings.size(); i++) {
                HttpResponse<String> answer = bookings.get(i).get(120, TimeUnit.SECONDS);
                if (answer.statusCode() == 200) {
                    won++;
                } else {
                    assertEquals(422, answer.statusCode(), answer.body());
                    assertEquals("appointment.slot.taken", Cti.json(answer).getString("code"), answer.body());
                    refused.add(i);
                }
            }
            assertEquals(1, won);
            assertEquals(19, refused.size());
            assertEquals(1, fixtures.appointmentsAt(slot.salesUserId(), slot.start()));
            // a loser still holds their lead, in their call (the winner, any of the twenty, has closed theirs)
            int loser = refused.get(0);
            assertFalse(slotsOf(setup.agentTokens().get(loser), calls.get(loser)).stream()
                            .anyMatch(s -> s.getString("key").equals(offered.getString("key"))),
                    "the taken slot is no longer offered");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyAnAgentInTheirOwnCallBooksAndARefusalStoresNothing() {
        AppointmentFixtures.Setup setup = fixtures.create(2, 2);
        Long held = inCall(setup.agentTokens().get(0));
        SlotKey slot = SlotKey.parse(slotsOf(setup.agentTokens().get(0), held).get(0).getString("key"));

        DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> fixtures.bookWithoutACall(held, slot.salesUserId(), slot.start()));
        assertEquals("error.forbidden", refused.getMessageKey(), "no signed-in agent, no call: no booking");

        HttpResponse<String> notTheirs = ConsoleClient.withToken("POST", "outbound/leads/" + held + "/outcome", setup.agentTokens().get(1),
                "{\"outcome\":\"APPOINTMENT_BOOKED\",\"appointmentSlot\":\"" + slot + "\"}", "it");
        assertTrue(notTheirs.statusCode() >= 400 && notTheirs.statusCode() < 500, "a colleague's call: " + notTheirs.body());
        assertEquals(0, fixtures.appointmentsAt(slot.salesUserId(), slot.start()));
    }

    @Test
    void eachSalesPersonsFeedHoldsOnlyTheirAppointmentsAndParses() throws Exception {
        AppointmentFixtures.Setup setup = fixtures.create(2, 1);
        String agent = setup.agentTokens().get(0);
        Long first = setup.salesUserIds().get(0);
        Long lead = inCall(agent);
        JsonObject offered = slotsOf(agent, lead).stream().filter(s -> s.getJsonNumber("salesUserId").longValue() == first)
                .findFirst().orElseThrow();
        HttpResponse<String> booked = ConsoleClient.withToken("POST", "outbound/leads/" + lead + "/outcome", agent,
                "{\"outcome\":\"APPOINTMENT_BOOKED\",\"appointmentSlot\":\"" + offered.getString("key") + "\"}", "it");
        assertEquals(200, booked.statusCode(), booked.body());

        Calendar mine = new CalendarBuilder().build(new StringReader(appointments.icsFeed(setup.icsTokens().get(0)).orElseThrow()));
        List<VEvent> events = mine.getComponents("VEVENT");
        assertEquals(1, events.size());
        String summary = events.get(0).<net.fortuna.ical4j.model.Property>getProperty("SUMMARY").orElseThrow().getValue();
        assertTrue(summary.startsWith("Cliente Milanese "), summary);
        java.time.temporal.Temporal dtStart = events.get(0).getStartDate().orElseThrow().getDate();
        assertEquals(SlotKey.parse(offered.getString("key")).start(), java.time.Instant.from(dtStart));

        Calendar theirs = new CalendarBuilder().build(new StringReader(appointments.icsFeed(setup.icsTokens().get(1)).orElseThrow()));
        assertTrue(theirs.getComponents("VEVENT").isEmpty(), "the colleague's feed does not show it");
        assertTrue(appointments.icsFeed("not-a-token").isEmpty());
    }

    /** The agent takes the next lead of the campaign, dials and is answered: the lead they hold, in a call. */
    private static Long inCall(String agent) {
        HttpResponse<String> next = ConsoleClient.withToken("POST", "outbound/next", agent, null, "it");
        assertEquals(200, next.statusCode(), next.body());
        long lead = Cti.json(next).getJsonNumber("id").longValue();
        HttpResponse<String> dialled = ConsoleClient.withToken("POST", "outbound/leads/" + lead + "/dial", agent, null, "it");
        assertEquals(200, dialled.statusCode(), dialled.body());
        HttpResponse<String> answered = ConsoleClient.withToken("POST", "outbound/leads/" + lead + "/answered", agent, null, "it");
        assertEquals(200, answered.statusCode(), answered.body());
        return lead;
    }

    private static List<JsonObject> slotsOf(String agent, Long lead) {
        HttpResponse<String> slots = ConsoleClient.withToken("GET", "outbound/leads/" + lead + "/slots", agent, null, "it");
        assertEquals(200, slots.statusCode(), slots.body());
        List<JsonObject> offered;
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(slots.body()))) {
            offered = reader.readArray().getValuesAs(JsonObject.class);
        }
        assertFalse(offered.isEmpty(), "free slots are offered");
        return offered;
    }
}
