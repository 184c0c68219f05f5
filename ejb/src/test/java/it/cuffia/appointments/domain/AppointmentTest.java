package it.cuffia.appointments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import it.cuffia.shared.domain.Zones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private final Client client = new Client("AURORA", "Aurora");
    private final Instant start = Instant.parse("2026-03-11T10:00:00Z");
    private final Appointment appointment = new Appointment(
            new Lead(new Campaign(client, "Visite", CampaignType.APPOINTMENT_SETTING, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                    new Customer(client, "Anna", "Verdi"), "+393471234567", Zones.ROME, 5, start.minusSeconds(86_400 * 3)),
            new AppUser("commerciale1", "Roberto", "Ferrari", Set.of(Role.SALES)),
            new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT)), null,
            new SlotPlanner.Slot(start, start.plusSeconds(3600)), MeetingType.IN_PERSON, "  ", start.minusSeconds(86_400));

    @Test
    void aMeetingIsHeldOnlyOnceItHasBegunAndADealNeedsItsValue() {
        assertEquals("appointment.notYet", assertThrows(DomainException.class,
                () -> appointment.conclude(AppointmentStatus.HELD, null, false, null, "commerciale1", start.minusSeconds(60))).getMessageKey());
        assertEquals("appointment.deal.value", assertThrows(DomainException.class,
                () -> appointment.conclude(AppointmentStatus.HELD, null, true, null, "commerciale1", start)).getMessageKey());
        appointment.conclude(AppointmentStatus.HELD, null, true, Money.euro("1200.00"), "commerciale1", start.plusSeconds(4000));
        assertEquals(AppointmentStatus.HELD, appointment.getStatus());
        assertEquals(Money.euro("1200.00"), appointment.getDealValue());
        assertNull(appointment.getAgentNotes(), "blank notes are no notes");
        assertEquals(1, appointment.getChanges().size());
        assertEquals("appointment.concluded", assertThrows(DomainException.class,
                () -> appointment.conclude(AppointmentStatus.NO_SHOW, null, null, null, "commerciale1", start.plusSeconds(5000))).getMessageKey());
    }

    @Test
    void cancellingNeedsAReasonAndMayHappenBeforehand() {
        assertEquals("appointment.reason.required", assertThrows(DomainException.class,
                () -> appointment.conclude(AppointmentStatus.CANCELLED, " ", null, null, "commerciale1", start.minusSeconds(600))).getMessageKey());
        appointment.conclude(AppointmentStatus.CANCELLED, "Il cliente ha cambiato idea", null, null, "commerciale1", start.minusSeconds(600));
        assertEquals(AppointmentStatus.CANCELLED, appointment.getStatus());
        assertEquals(false, appointment.getStatus().occupies());
    }
}
