package it.cuffia.ticketing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Monday 23 November 2026, 10:00 in Rome. */
    private static final Instant MONDAY_10 = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ROME).toInstant();

    private final Client client = new Client("AURORA", "Telefonia Aurora S.p.A.");
    private final Customer customer;
    private final AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));
    private final AppUser specialist = new AppUser("supervisore1", "Marco", "Galli", Set.of(Role.SUPERVISOR));

    TicketTest() {
        client.replaceBusinessHours(Client.officeWeek());
        customer = new Customer(client, "Maria", "Rossi");
    }

    private Ticket newTicket() {
        return Ticket.open(customer, TicketCategory.TECHNICAL_SUPPORT, Priority.HIGH, Channel.PHONE,
                "Linea assente", "Nessun segnale dal modem", new SlaTarget(client, TicketCategory.TECHNICAL_SUPPORT,
                        Priority.HIGH, 60, 8 * 60), "operatore01", MONDAY_10);
    }

    @Test
    void aSubjectWithControlOrBidirectionalCharactersIsRefused() {
        for (String subject : java.util.List.of("Linea\u202Eetnessa", "Linea\nassente", "Linea\u2067assente")) {
            it.cuffia.shared.domain.DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    it.cuffia.shared.domain.DomainException.class, () -> Ticket.open(customer, TicketCategory.TECHNICAL_SUPPORT,
                            Priority.HIGH, Channel.PHONE, subject, null, new SlaTarget(client, TicketCategory.TECHNICAL_SUPPORT,
                                    Priority.HIGH, 60, 8 * 60), "operatore01", MONDAY_10));
            assertEquals("text.invisibleCharacters", refused.getMessageKey());
        }
    }

    @Test
    void notesDescriptionsAndReasonsFitTheirColumnsAndHoldNoNul() {
        Ticket ticket = newTicket();

        assertEquals("text.tooLong", assertThrows(DomainException.class,
                () -> ticket.addNote("x".repeat(100_000), false, "operatore01", MONDAY_10)).getMessageKey());
        assertEquals("text.controlCharacters", assertThrows(DomainException.class,
                () -> ticket.addNote("Richiamare\0domani", false, "operatore01", MONDAY_10)).getMessageKey());
        assertEquals("Richiamare\ndomani", ticket.addNote("Richiamare\ndomani", false, "operatore01", MONDAY_10).getText());
        assertEquals(1, ticket.getNotes().size(), "only the note that fits is kept");
        assertEquals("text.tooLong", assertThrows(DomainException.class, () -> Ticket.open(customer, TicketCategory.TECHNICAL_SUPPORT,
                Priority.HIGH, Channel.PHONE, "Linea assente", "x".repeat(4001), new SlaTarget(client, TicketCategory.TECHNICAL_SUPPORT,
                        Priority.HIGH, 60, 8 * 60), "operatore01", MONDAY_10)).getMessageKey());
        assertEquals("text.tooLong", assertThrows(DomainException.class, () -> Ticket.open(customer, TicketCategory.TECHNICAL_SUPPORT,
                Priority.HIGH, Channel.PHONE, "x".repeat(201), null, new SlaTarget(client, TicketCategory.TECHNICAL_SUPPORT,
                        Priority.HIGH, 60, 8 * 60), "operatore01", MONDAY_10)).getMessageKey());
    }

    @Test
    void aTicketOpenedInAContactKeepsWhenThatContactsWrapUpEndedIfItHasEnded() {
        it.cuffia.contact.domain.Interaction call = it.cuffia.contact.domain.Interaction.inbound(client, Channel.PHONE,
                "+393471234567", "pbx-1", MONDAY_10.minusSeconds(120));
        call.identify(customer);
        call.answer(agent, MONDAY_10.minusSeconds(110));
        Ticket during = newTicket();
        during.openedDuring(call);
        assertNull(during.getOpeningWrapUpEndedAt(), "still in the call: the wrap-up end comes when it ends (TicketService.onCallFinished)");

        call.end(MONDAY_10.plusSeconds(60));
        call.finishWrapUp("Modem riavviato", "RISOLTO", MONDAY_10.plusSeconds(90));
        Ticket after = newTicket();
        after.openedDuring(call);
        assertEquals(MONDAY_10.plusSeconds(90), after.getOpeningWrapUpEndedAt(), "linked after the wrap-up: copied at once");
        assertNull(newTicket().getOpeningWrapUpEndedAt(), "a ticket opened outside a contact has none");
    }

    @Test
    void theAgentWhoTakesATicketOwnsItAndAnswersFirst() {
        Ticket ticket = newTicket();
        ticket.take(agent, MONDAY_10.plusSeconds(60));

        assertEquals(TicketState.OPEN, ticket.getState());
        assertEquals(agent, ticket.getOwner());
        assertEquals(agent, ticket.getAssignee());
        assertTrue(ticket.getFirstResponseMet());
    }

    @Test
    void escalationMovesTheWorkToTheNextLevelButKeepsTheOwner() {
        Ticket ticket = newTicket();
        ticket.take(agent, MONDAY_10);

        ticket.escalate(2, "Serve un tecnico di secondo livello", "operatore01", MONDAY_10.plusSeconds(600));

        assertEquals(2, ticket.getLevel());
        assertTrue(ticket.isEscalated());
        assertEquals(agent, ticket.getOwner(), "the owner keeps following it");
        assertNull(ticket.getAssignee(), "it waits in the level-2 queue");

        ticket.take(specialist, MONDAY_10.plusSeconds(900));
        assertEquals(specialist, ticket.getAssignee());
        assertEquals(agent, ticket.getOwner());
    }

    @Test
    void escalationNeedsAReasonAndAHigherLevel() {
        Ticket ticket = newTicket();
        ticket.take(agent, MONDAY_10);

        assertEquals("ticket.reason.required", assertThrows(DomainException.class,
                () -> ticket.escalate(2, " ", "operatore01", MONDAY_10)).getMessageKey());
        assertEquals("ticket.escalate.level", assertThrows(DomainException.class,
                () -> ticket.escalate(1, "stesso livello", "operatore01", MONDAY_10)).getMessageKey());
        assertEquals("ticket.level.invalid", assertThrows(DomainException.class,
                () -> ticket.escalate(4, "non esiste", "operatore01", MONDAY_10)).getMessageKey());
        assertEquals(1, ticket.getLevel());
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        Ticket ticket = newTicket();

        DomainException refused = assertThrows(DomainException.class, () -> ticket.resolve("FIXED", "operatore01", MONDAY_10));

        assertEquals("ticket.transition.refused", refused.getMessageKey());
        assertEquals("ticket.state.NEW", ((it.cuffia.shared.domain.Text) refused.getArguments()[0]).getKey(), "the states named in the user's language");
        assertEquals(TicketState.NEW, ticket.getState());
        assertNull(ticket.getResolutionCode());
    }

    @Test
    void resolvingNeedsACodeAndReopeningAReason() {
        Ticket ticket = newTicket();
        ticket.take(agent, MONDAY_10);
        assertEquals("ticket.resolutionCode.required", assertThrows(DomainException.class,
                () -> ticket.resolve("", "operatore01", MONDAY_10)).getMessageKey());
        // longer than the column: a message, not the database's refusal at commit (the 500 page, found by a walk-through)
        assertEquals("text.tooLong", assertThrows(DomainException.class,
                () -> ticket.resolve("X".repeat(41), "operatore01", MONDAY_10)).getMessageKey());
        assertEquals(TicketState.OPEN, ticket.getState(), "a refused code leaves the ticket as it was");

        ticket.resolve("RIAVVIO_MODEM", "operatore01", MONDAY_10.plusSeconds(300));
        assertEquals(SlaStatus.MET, ticket.slaStatus(MONDAY_10.plusSeconds(400)));
        assertEquals("ticket.reason.required", assertThrows(DomainException.class,
                () -> ticket.reopen(null, "operatore01", MONDAY_10)).getMessageKey());

        ticket.reopen("Il problema si è ripresentato", "operatore01", MONDAY_10.plusSeconds(3600));
        ticket.resume("operatore01", MONDAY_10.plusSeconds(3700));
        assertEquals(TicketState.OPEN, ticket.getState());
        assertNull(ticket.getResolvedAt());
    }

    @Test
    void everyChangeIsATimelineRowWithWhoWhenOldAndNew() {
        Ticket ticket = newTicket();
        ticket.take(agent, MONDAY_10);
        ticket.escalate(2, "Guasto in centrale", "operatore01", MONDAY_10.plusSeconds(60));

        List<String> rows = ticket.getChanges().stream()
                .map(TicketChange::getChange)
                .map(c -> c.getChangedBy() + " " + c.getField() + " " + c.getOldValue() + "→" + c.getNewValue()).toList();

        assertEquals(List.of(
                "operatore01 state null→NEW",
                "operatore01 state NEW→OPEN",
                "operatore01 owner null→operatore01",
                "operatore01 assignee null→operatore01",
                "operatore01 level 1→2",
                "operatore01 assignee operatore01→null"), rows);
        assertEquals("Guasto in centrale", ticket.getChanges().get(4).getReason());
    }

    @Test
    void theResolutionDeadlineCountsBusinessHoursOnly() {
        Ticket ticket = newTicket(); // opened Monday 10:00, 8 business hours to resolve, 1 to answer

        assertEquals(ZonedDateTime.of(2026, 11, 23, 11, 0, 0, 0, ROME).toInstant(), ticket.getFirstResponseDue());
        // 8 hours from Monday 10:00 with 9–18 days: exactly the rest of Monday
        assertEquals(ZonedDateTime.of(2026, 11, 23, 18, 0, 0, 0, ROME).toInstant(), ticket.getResolutionDue());
    }

    @Test
    void theSlaIsAtRiskInItsLastQuarterAndBreachedAfter() {
        Ticket ticket = newTicket();
        Instant due = ticket.getResolutionDue();

        assertEquals(SlaStatus.ON_TRACK, ticket.slaStatus(MONDAY_10.plusSeconds(60)));
        assertEquals(SlaStatus.AT_RISK, ticket.slaStatus(due.minusSeconds(60)));
        assertEquals(SlaStatus.BREACHED, ticket.slaStatus(due.plusSeconds(1)));
        assertFalse(ticket.isEscalated());
    }

    @Test
    void closedTicketsCannotBeEscalatedOrTaken() {
        Ticket ticket = newTicket();
        ticket.take(agent, MONDAY_10);
        ticket.resolve("RISOLTO", "operatore01", MONDAY_10);
        ticket.close("system", MONDAY_10);

        DomainException escalate = assertThrows(DomainException.class, () -> ticket.escalate(2, "troppo tardi", "operatore01", MONDAY_10));
        assertEquals("ticket.escalate.inactive", escalate.getMessageKey());
        DomainException take = assertThrows(DomainException.class, () -> ticket.take(specialist, MONDAY_10));
        assertEquals("ticket.take.refused", take.getMessageKey());
        // the state named in the user's language ("Chiuso"), not as the constant CLOSED
        assertEquals(it.cuffia.shared.domain.Text.label("ticket.state.", TicketState.CLOSED), escalate.getArguments()[0]);
        assertEquals(it.cuffia.shared.domain.Text.label("ticket.state.", TicketState.CLOSED), take.getArguments()[0]);
    }

    private final AppUser colleague = new AppUser("operatore02", "Giulia", "Bianchi", Set.of(Role.AGENT));
    private final AppUser admin = new AppUser("admin", "Anna", "Admin", Set.of(Role.ADMIN));

    private void withIds() {
        setId(agent, 1L);
        setId(specialist, 2L);
        setId(colleague, 3L);
        setId(admin, 4L);
    }

    private static void setId(AppUser user, Long id) {
        try {
            java.lang.reflect.Field field = it.cuffia.shared.domain.AbstractEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(user, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAgentTakesAnUnassignedFrontLineTicketButNeverAColleaguesAssignedOne() {
        withIds();
        Ticket ticket = newTicket();
        assertTrue(ticket.canBeTakenBy(agent));
        assertTrue(ticket.canBeTakenBy(colleague));
        ticket.take(agent, MONDAY_10);

        assertFalse(ticket.canBeTakenBy(colleague), "assigned to operatore01");
        assertFalse(ticket.canBeTakenBy(specialist), "a supervisor reassigns, does not take");
        DomainException refused = assertThrows(DomainException.class, () -> ticket.take(colleague, MONDAY_10.plusSeconds(60)));
        assertEquals("ticket.take.assigned", refused.getMessageKey());
        assertEquals(List.of("Luca Rossi"), List.of(refused.getArguments()));
        assertEquals(agent, ticket.getAssignee(), "nothing changed");
        assertFalse(ticket.isWorkedBy(colleague));
        assertFalse(ticket.canBeWorkedBy(colleague));
        assertTrue(ticket.canBeWorkedBy(agent));
        assertTrue(ticket.canBeWorkedBy(specialist));
    }

    @Test
    void escalatedWorkIsTakenBySupervisorsAndTheOwnerStillWorksIt() {
        withIds();
        Ticket ticket = newTicket();
        ticket.take(agent, MONDAY_10);
        ticket.escalate(2, "Serve un tecnico", "operatore01", MONDAY_10.plusSeconds(60));

        assertFalse(ticket.canBeTakenBy(agent));
        assertEquals("ticket.take.level", assertThrows(DomainException.class,
                () -> ticket.take(colleague, MONDAY_10.plusSeconds(120))).getMessageKey());
        assertTrue(ticket.canBeTakenBy(specialist));
        ticket.take(specialist, MONDAY_10.plusSeconds(120));

        assertTrue(ticket.isOwnedBy(agent) && ticket.isWorkedBy(agent), "the owner follows it");
        assertTrue(ticket.isAssignedTo(specialist) && !ticket.isOwnedBy(specialist));
    }

    @Test
    void onlyAgentsAndSupervisorsTakeTicketsAndNotWhileTheCustomerIsAwaited() {
        withIds();
        Ticket ticket = newTicket();
        assertFalse(ticket.canBeTakenBy(admin));
        assertEquals("error.forbidden", assertThrows(DomainException.class, () -> ticket.take(admin, MONDAY_10)).getMessageKey());
        ticket.take(agent, MONDAY_10);
        ticket.assign(null, "supervisore1", MONDAY_10.plusSeconds(10));
        ticket.waitForCustomer("supervisore1", MONDAY_10.plusSeconds(20));

        assertFalse(ticket.canBeTakenBy(colleague));
        assertEquals("ticket.take.refused", assertThrows(DomainException.class,
                () -> ticket.take(colleague, MONDAY_10.plusSeconds(30))).getMessageKey());
    }

    @Test
    void theRiskBeginsExactlyAtTheLastQuarterOfTheResolutionTime() {
        Ticket ticket = newTicket();
        // 8 business hours from Monday 10:00: due at 18:00; the last quarter starts two hours before
        Instant due = ZonedDateTime.of(2026, 11, 23, 18, 0, 0, 0, ROME).toInstant();
        Instant riskFrom = ZonedDateTime.of(2026, 11, 23, 16, 0, 0, 0, ROME).toInstant();
        assertEquals(due, ticket.getResolutionDue());
        assertEquals(riskFrom, ticket.getAtRiskFrom());

        assertEquals(SlaStatus.ON_TRACK, ticket.slaStatus(riskFrom.minusSeconds(1)));
        assertEquals(SlaStatus.AT_RISK, ticket.slaStatus(riskFrom));
        assertEquals(SlaStatus.AT_RISK, ticket.slaStatus(due));
        assertEquals(SlaStatus.BREACHED, ticket.slaStatus(due.plusSeconds(1)));
    }

    @Test
    void theRiskMomentIsKeptToTheSecond() {
        Instant opened = Instant.parse("2026-11-23T09:00:00.123456789Z");
        Instant due = Instant.parse("2026-11-23T09:00:07.5Z");
        assertEquals(Instant.parse("2026-11-23T09:00:05Z"), Ticket.atRiskFrom(opened, due));
    }
}
