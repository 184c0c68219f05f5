package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.appointments.application.AppointmentService;
import it.cuffia.appointments.application.SlotOption;
import it.cuffia.shared.domain.DomainException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.StringReader;
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

/** Booking in the server, on the real database: one slot, many agents at once; each sales person's feed. */
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
    void twentyAgentsBookingTheSameSlotAtOnceMakeExactlyOneAppointment() throws Exception {
        AppointmentFixtures.Setup setup = fixtures.create(20);
        SlotOption slot = fixtures.slots(setup.leadIds().get(0)).get(0);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20, threads);
        try {
            List<Future<Long>> bookings = new ArrayList<>();
            for (Long lead : setup.leadIds()) {
                bookings.add(pool.submit(() -> {
                    start.await();
                    return fixtures.book(lead, setup.agentId(), slot.salesUserId(), slot.start());
                }));
            }
            start.countDown();
            int won = 0;
            int refused = 0;
            for (Future<Long> booking : bookings) {
                try {
                    booking.get(120, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause() instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e.getCause();
                    assertTrue(cause instanceof DomainException, "refused with a message, got " + cause);
                    assertEquals("appointment.slot.taken", ((DomainException) cause).getMessageKey());
                    refused++;
                }
            }
            assertEquals(1, won);
            assertEquals(19, refused);
            assertEquals(1, fixtures.appointmentsAt(slot.salesUserId(), slot.start()));
            assertFalse(fixtures.slots(setup.leadIds().get(1)).stream()
                    .anyMatch(s -> s.salesUserId().equals(slot.salesUserId()) && s.start().equals(slot.start())),
                    "the taken slot is no longer offered");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyAnAgentBooksAVisitAndARefusalStoresNothing() {
        AppointmentFixtures.Setup setup = fixtures.create(1);
        Long salesUser = setup.salesUserIds().get(0);
        SlotOption slot = fixtures.slots(setup.leadIds().get(0)).get(0);

        DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> fixtures.book(setup.leadIds().get(0), salesUser, slot.salesUserId(), slot.start()));

        assertEquals("error.forbidden", refused.getMessageKey());
        assertEquals(0, fixtures.appointmentsAt(slot.salesUserId(), slot.start()));
    }

    @Test
    void eachSalesPersonsFeedHoldsOnlyTheirAppointmentsAndParses() throws Exception {
        AppointmentFixtures.Setup setup = fixtures.create(2);
        Long first = setup.salesUserIds().get(0);
        SlotOption slot = fixtures.slots(setup.leadIds().get(0)).stream().filter(s -> s.salesUserId().equals(first)).findFirst().orElseThrow();
        fixtures.book(setup.leadIds().get(0), setup.agentId(), first, slot.start());

        Calendar mine = new CalendarBuilder().build(new StringReader(appointments.icsFeed(setup.icsTokens().get(0)).orElseThrow()));
        List<VEvent> events = mine.getComponents("VEVENT");
        assertEquals(1, events.size());
        String summary = events.get(0).<net.fortuna.ical4j.model.Property>getProperty("SUMMARY").orElseThrow().getValue();
        assertTrue(summary.startsWith("Cliente Milanese 0"), summary);
        java.time.temporal.Temporal dtStart = events.get(0).getStartDate().orElseThrow().getDate();
        assertEquals(slot.start(), java.time.Instant.from(dtStart));

        Calendar theirs = new CalendarBuilder().build(new StringReader(appointments.icsFeed(setup.icsTokens().get(1)).orElseThrow()));
        assertTrue(theirs.getComponents("VEVENT").isEmpty(), "the colleague's feed does not show it");
        assertTrue(appointments.icsFeed("not-a-token").isEmpty());
    }
}
