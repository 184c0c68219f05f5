package it.cuffia.ticketing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The first response of a ticket by channel: its deadline (the channel's promise if sooner), when it happens, its status. */
class FirstResponseByChannelTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Monday 23 November 2026, 10:00 in Rome: office hours 9–18. */
    private static final Instant MONDAY_10 = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ROME).toInstant();

    private final Client client = new Client("AURORA", "Telefonia Aurora S.p.A.");
    private final Customer customer;
    private final AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));

    FirstResponseByChannelTest() {
        client.replaceBusinessHours(Client.officeWeek());
        customer = new Customer(client, "Giulia", "Bianchi");
    }

    /** NORMAL: 4 hours to the first response, 3 working days to the resolution. */
    private Ticket open(Channel channel, Optional<Duration> channelPromise) {
        SlaTarget sla = SlaTarget.standard(client, TicketCategory.INFORMATION, Priority.NORMAL).forChannel(channelPromise);
        return Ticket.open(customer, TicketCategory.INFORMATION, Priority.NORMAL, channel, "Orari", null, sla, "web-form", MONDAY_10);
    }

    @Test
    void aChannelsPromiseShortensTheFirstResponseButNeverLengthensIt() {
        assertEquals(MONDAY_10.plus(Duration.ofHours(1)), open(Channel.WEB, Optional.of(Duration.ofMinutes(60))).getFirstResponseDue());
        assertEquals(MONDAY_10.plus(Duration.ofHours(4)), open(Channel.WEB, Optional.of(Duration.ofHours(6))).getFirstResponseDue());
        SlaTarget standard = SlaTarget.standard(client, TicketCategory.INFORMATION, Priority.NORMAL);
        assertSame(standard, standard.forChannel(Optional.empty()));
        assertEquals(open(Channel.WEB, Optional.empty()).getResolutionDue(), open(Channel.WEB, Optional.of(Duration.ofMinutes(60))).getResolutionDue(),
                "the resolution stays the category's and priority's");
    }

    @Test
    void aWebTicketIsAnsweredByTheFirstNoteTheCustomerSeesNotByBeingTaken() {
        Ticket ticket = open(Channel.WEB, Optional.of(Duration.ofMinutes(60)));
        ticket.take(agent, MONDAY_10.plusSeconds(600));
        assertNull(ticket.getFirstResponseAt(), "taking a web ticket answers nobody");
        ticket.addNote("Verifico con il tecnico", false, "operatore01", MONDAY_10.plusSeconds(900));
        assertNull(ticket.getFirstResponseAt(), "an internal note neither");
        ticket.addNote("Gentile cliente, la richiamiamo entro oggi.", true, "operatore01", MONDAY_10.plusSeconds(1800));
        assertEquals(MONDAY_10.plusSeconds(1800), ticket.getFirstResponseAt());
        assertTrue(ticket.getFirstResponseMet());
        assertEquals(SlaStatus.MET, ticket.firstResponseStatus(MONDAY_10.plus(Duration.ofDays(2))));
    }

    @Test
    void onThePhoneTakingTheTicketIsTheFirstResponse() {
        Ticket ticket = open(Channel.PHONE, Optional.empty());
        ticket.take(agent, MONDAY_10.plusSeconds(60));
        assertEquals(MONDAY_10.plusSeconds(60), ticket.getFirstResponseAt());
    }

    @Test
    void theFirstResponseIsOnTrackThenAtRiskInItsLastQuarterThenBreachedOrMissed() {
        Ticket ticket = open(Channel.WEB, Optional.of(Duration.ofMinutes(60)));
        assertEquals(SlaStatus.ON_TRACK, ticket.firstResponseStatus(MONDAY_10.plus(Duration.ofMinutes(44))));
        assertEquals(SlaStatus.AT_RISK, ticket.firstResponseStatus(MONDAY_10.plus(Duration.ofMinutes(45))));
        assertEquals(SlaStatus.BREACHED, ticket.firstResponseStatus(MONDAY_10.plus(Duration.ofMinutes(61))));
        ticket.addNote("Eccoci", true, "operatore01", MONDAY_10.plus(Duration.ofMinutes(90)));
        assertFalse(ticket.getFirstResponseMet());
        assertEquals(SlaStatus.MISSED, ticket.firstResponseStatus(MONDAY_10.plus(Duration.ofMinutes(91))));
    }

    @Test
    void theCustomerWritingAgainIsNoResponseAnAnswerByMailIs() {
        Ticket ticket = open(Channel.EMAIL, Optional.of(Duration.ofMinutes(60)));
        TicketNote fromCustomer = ticket.customerWrote("Avete novità?", null, "giulia@example.com", MONDAY_10.plusSeconds(600));
        assertNull(ticket.getFirstResponseAt(), "the customer's second mail answers nobody");
        assertTrue(fromCustomer.isFromCustomer());
        assertTrue(fromCustomer.isCustomerVisible());
        TicketNote answer = ticket.answerByMail("Gentile cliente, ecco la fattura.", "giulia@example.com", "operatore01",
                MONDAY_10.plusSeconds(1200));
        assertEquals(MONDAY_10.plusSeconds(1200), ticket.getFirstResponseAt());
        assertEquals("giulia@example.com", answer.getEmailedTo());
        assertFalse(answer.isFromCustomer());
    }

    @Test
    void theCustomerWritingBringsAWaitingTicketBackAndReopensAResolvedOneWhenAsked() {
        Ticket ticket = open(Channel.EMAIL, Optional.empty());
        ticket.take(agent, MONDAY_10.plusSeconds(60));
        ticket.waitForCustomer("operatore01", MONDAY_10.plusSeconds(120));
        ticket.customerWrote("Ecco il numero di contratto", null, "giulia@example.com", MONDAY_10.plusSeconds(180));
        assertEquals(TicketState.OPEN, ticket.getState());
        ticket.resolve("RISOLTO", "operatore01", MONDAY_10.plusSeconds(240));
        ticket.customerWrote("Grazie", null, "giulia@example.com", MONDAY_10.plusSeconds(300));
        assertEquals(TicketState.RESOLVED, ticket.getState(), "a thank-you without a reason to reopen leaves it resolved");
        ticket.customerWrote("Non funziona ancora", "Il cliente ha risposto per e-mail", "giulia@example.com", MONDAY_10.plusSeconds(360));
        assertEquals(TicketState.REOPENED, ticket.getState());
    }
}
