package it.cuffia.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.crm.domain.Client;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractionTest {

    private final Instant ringing = Instant.parse("2026-03-10T09:00:00Z");
    private final AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));

    private Interaction call() {
        return Interaction.inbound(new Client("AURORA", "Telefonia Aurora"), Channel.PHONE, "+393471234567", "pbx-1", ringing);
    }

    @Test
    void theCallerIsShownAsPeopleReadANumberAndAsThePhoneSystemSentItOtherwise() {
        assertEquals("+39 347 123 4567", call().getCallerShown());
        Client aurora = new Client("AURORA", "Telefonia Aurora");
        assertEquals("anonymous", Interaction.inbound(aurora, Channel.PHONE, "anonymous", "pbx-2", ringing).getCallerShown());
        assertNull(Interaction.inbound(aurora, Channel.PHONE, null, "pbx-3", ringing).getCallerShown());
    }

    @Test
    void theHoldFitsInsideTheConversation() {
        Interaction call = call();
        call.answer(agent, ringing.plusSeconds(10));
        DomainException tooLong = assertThrows(DomainException.class, () -> call.end(ringing.plusSeconds(70), 61));
        assertEquals("interaction.hold.longerThanCall", tooLong.getMessageKey());
        assertEquals(61, tooLong.getArguments()[0]);
        assertEquals(60L, tooLong.getArguments()[1]);
        assertNull(call.getEndedAt(), "a refused end leaves the call open");
        call.end(ringing.plusSeconds(70), 60);
        assertEquals(60, call.getHoldSeconds());
    }

    @Test
    void aCallNobodyAnsweredWasNeverOnHold() {
        Interaction call = call();
        assertEquals("interaction.hold.longerThanCall",
                assertThrows(DomainException.class, () -> call.end(ringing.plusSeconds(30), 5)).getMessageKey());
        assertEquals("interaction.hold.negative",
                assertThrows(DomainException.class, () -> call.end(ringing.plusSeconds(30), -1)).getMessageKey());
        call.end(ringing.plusSeconds(30), 0);
        assertEquals(ringing.plusSeconds(30), call.getEndedAt());
    }
}
