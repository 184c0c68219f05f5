package it.cuffia.appointments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.shared.domain.Zones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The feed's descriptions are in the sales person's language, Italian by default; never an enum constant. */
class IcsCalendarTest {

    private final Client client = new Client("AURORA", "Aurora");
    private final Instant start = Instant.parse("2026-03-11T10:00:00Z");
    private static final Instant STAMP = Instant.parse("2026-03-09T08:15:00Z");
    private final AppUser sales = new AppUser("commerciale1", "Roberto", "Ferrari", Set.of(Role.SALES));
    private final Appointment appointment = new Appointment(
            new Lead(new Campaign(client, "Visite", CampaignType.APPOINTMENT_SETTING, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                    new Customer(client, "Anna", "Verdi"), "+393471234567", Zones.ROME, 5, start.minusSeconds(86_400 * 3)),
            sales, new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT)), null,
            new SlotPlanner.Slot(start, start.plusSeconds(3600)), MeetingType.IN_PERSON, "Preferisce il mattino", start.minusSeconds(86_400));

    /** iCalendar folds long lines (RFC 5545 §3.1): read the text unfolded. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    @Test
    void anItalianSalesPersonReadsItalian() {
        String ics = unfolded(IcsCalendar.of(List.of(appointment), "cuffia", sales, STAMP));
        assertTrue(ics.contains("Tipo di incontro: Di persona"), ics);
        assertTrue(ics.contains("Note dell'operatore: Preferisce il mattino"), ics);
        assertFalse(ics.contains("IN_PERSON"), ics);
        assertTrue(ics.contains("DTSTAMP:20260309T081500Z"), "stamped by the suite's clock, not the wall clock: " + ics);
    }

    @Test
    void theFeedSaysOnlyWhatTheVisitNeedsNotTheCustomersEmail() {
        appointment.getCustomer().setEmail("anna.verdi@example.it");
        String ics = unfolded(IcsCalendar.of(List.of(appointment), "cuffia", sales, STAMP));
        assertFalse(ics.contains("anna.verdi@example.it"), ics);
    }

    @Test
    void aFeedAddressWorksThroughItsLastDayAndARenewalEndsTheOldOne() {
        SalesAgenda agenda = new SalesAgenda(new it.cuffia.identity.domain.SalesPerson(sales, client));
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertTrue(agenda.feedWorksOn(today.plusYears(5)), "without an end until one is given");
        String first = agenda.getIcsToken();

        agenda.renewToken(today.plusDays(7), today);
        assertFalse(first.equals(agenda.getIcsToken()));
        assertTrue(agenda.feedWorksOn(today.plusDays(7)));
        assertFalse(agenda.feedWorksOn(today.plusDays(8)));
        assertEquals("calendar.feed.validThrough.past", org.junit.jupiter.api.Assertions.assertThrows(
                it.cuffia.shared.domain.DomainException.class, () -> agenda.renewToken(today.minusDays(1), today)).getMessageKey());
    }

    @Test
    void anEnglishSalesPersonReadsEnglishAndACancellationSaysWhy() {
        sales.chooseLanguage("en");
        appointment.conclude(AppointmentStatus.CANCELLED, "Customer moved abroad", null, null, "commerciale1", start.minusSeconds(600));
        String ics = unfolded(IcsCalendar.of(List.of(appointment), "cuffia", sales, STAMP));
        assertTrue(ics.contains("Meeting: In person"), ics);
        assertTrue(ics.contains("Status: Cancelled"), ics);
        assertTrue(ics.contains("Reason: Customer moved abroad"), ics);
        assertFalse(ics.contains("CANCELLED\\n") || ics.contains("IN_PERSON"), ics);
    }
}
