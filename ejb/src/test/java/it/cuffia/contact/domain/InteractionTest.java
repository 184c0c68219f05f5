package it.cuffia.contact.domain;

import static it.cuffia.shared.domain.EntityIds.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.Client;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractionTest {

    private final Instant ringing = Instant.parse("2026-03-10T09:00:00Z");
    private final AppUser agent = withId(new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT)), 7L);

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
    void thePhoneSystemEndsTheCallAndAHoldLongerThanTheConversationIsCutToIt() {
        Interaction call = call();
        call.answer(agent, ringing.plusSeconds(10));
        assertTrue(call.endedByPhoneSystem(ringing.plusSeconds(70), 61), "the end is kept, not refused: no call stays open");
        assertEquals(ringing.plusSeconds(70), call.getEndedAt());
        assertEquals(60, call.getHoldSeconds(), "never on hold longer than the 60 seconds of conversation");
        assertEquals("interaction.hold.negative",
                assertThrows(DomainException.class, () -> call().endedByPhoneSystem(ringing.plusSeconds(30), -1)).getMessageKey());
    }

    @Test
    void aCallNobodyAnsweredWasNeverOnHold() {
        Interaction call = call();
        call.endedByPhoneSystem(ringing.plusSeconds(30), 5);
        assertEquals(ringing.plusSeconds(30), call.getEndedAt());
        assertEquals(0, call.getHoldSeconds());
    }

    @Test
    void anEndAfterTheAgentHungUpKeepsTheirEndAndRecordsTheHoldOnce() {
        Interaction call = call();
        call.answer(agent, ringing.plusSeconds(10));
        call.end(ringing.plusSeconds(100));
        assertEquals("interaction.end.refused", assertThrows(DomainException.class, () -> call.end(ringing.plusSeconds(101))).getMessageKey(),
                "the console hangs up once");

        assertFalse(call.endedByPhoneSystem(ringing.plusSeconds(103), 25), "the call had ended already");
        assertEquals(ringing.plusSeconds(100), call.getEndedAt(), "the conversation was over when the agent hung up");
        assertEquals(25, call.getHoldSeconds(), "the hold only the phone system knows");
        assertFalse(call.endedByPhoneSystem(ringing.plusSeconds(104), 0), "the same end sent again");
        assertEquals(25, call.getHoldSeconds(), "a repeated end does not wipe the hold");
    }

    @Test
    void aMissedCallIsCalledBackOnceByANewOutboundCallToTheSameNumber() {
        Interaction missed = call();
        missed.offerTo(agent);
        Instant later = ringing.plusSeconds(600);
        assertEquals("interaction.callBack.answered", assertThrows(DomainException.class, () -> missed.callBack(agent, later)).getMessageKey(),
                "a call still ringing is not a missed call");
        missed.end(ringing.plusSeconds(30));

        Interaction back = missed.callBack(agent, later);
        assertEquals(Direction.OUTBOUND, back.getDirection());
        assertEquals("+393471234567", back.getRemoteAddress());
        assertEquals(later, back.getAnsweredAt(), "the agent is talking: the call is placed on their own phone");
        assertEquals(later, missed.getReturnedAt());
        assertEquals("interaction.callBack.done", assertThrows(DomainException.class, () -> missed.callBack(agent, later)).getMessageKey(),
                "a colleague does not call back twice");
    }

    @Test
    void anAnsweredOrAnonymousCallIsNeverCalledBackButAnAnonymousOneIsSetAside() {
        Interaction answered = call();
        answered.answer(agent, ringing.plusSeconds(5));
        answered.end(ringing.plusSeconds(60));
        assertEquals("interaction.callBack.answered", assertThrows(DomainException.class, () -> answered.setAside(agent, ringing.plusSeconds(90))).getMessageKey());

        Interaction anonymous = Interaction.inbound(new Client("AURORA", "Telefonia Aurora"), Channel.PHONE, "anonymous", "pbx-9", ringing);
        anonymous.end(ringing.plusSeconds(20));
        assertEquals("interaction.callBack.noNumber", assertThrows(DomainException.class, () -> anonymous.callBack(agent, ringing.plusSeconds(90))).getMessageKey());
        anonymous.setAside(agent, ringing.plusSeconds(90));
        assertEquals(ringing.plusSeconds(90), anonymous.getReturnedAt());
    }

    @Test
    void theNumberDialledAndTheIvrChoiceAreKeptWhenThePhoneSystemTellsThem() {
        Interaction call = call();
        call.arrivedVia(" +390212345678 ", "  ");
        assertEquals("+390212345678", call.getDialledNumber());
        assertNull(call.getIvrChoice());
    }

    @Test
    void theSameOutcomeSentAgainAMomentLaterIsTheSameRequestAndNothingElseIs() {
        Interaction call = call();
        call.answer(agent, ringing.plusSeconds(5));
        assertTrue(call.isOpenCallOf(7L), "dialling again while the call is open: the same call");
        assertFalse(call.isOpenCallOf(8L), "another agent's call");
        call.end(ringing.plusSeconds(60));
        Instant closed = ringing.plusSeconds(90);
        call.finishWrapUp(null, "NOT_INTERESTED", closed);
        assertFalse(call.isOpenCallOf(7L), "closed: a new dial is a new call");
        assertTrue(call.isJustClosedBy(7L, "NOT_INTERESTED", closed.plusSeconds(3)), "re-sent after a failover");
        assertTrue(call.isJustClosedBy(7L, "NOT_INTERESTED", closed.plus(Interaction.REPEAT_WINDOW)));
        assertFalse(call.isJustClosedBy(7L, "NOT_INTERESTED", closed.plus(Interaction.REPEAT_WINDOW).plusSeconds(1)), "later: not a repeat");
        assertFalse(call.isJustClosedBy(7L, "SALE", closed.plusSeconds(3)), "another outcome");
        assertFalse(call.isJustClosedBy(8L, "NOT_INTERESTED", closed.plusSeconds(3)), "another agent");
    }
}
