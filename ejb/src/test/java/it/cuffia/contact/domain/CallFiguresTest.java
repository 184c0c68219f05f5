package it.cuffia.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.Client;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15 §3: the wallboard's rules for service level, average speed of answer, waiting and abandoned calls. */
class CallFiguresTest {

    private static final Instant NINE = Instant.parse("2026-11-23T08:00:00Z");
    private final Client client = new Client("AURORA", "Telefonia Aurora");
    private final AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));

    @Test
    void serviceLevelIsTheCallsAnsweredInTimeOverTheCallsThatStoppedWaiting() {
        // 3 answered in time, 1 answered late, 1 abandoned: 3 of 5 = 60.0 %
        assertEquals(Optional.of(new BigDecimal("60.0")), new CallFigures(2, NINE, 4, 1, 3, 70).serviceLevel());
        // rounded half up to one decimal: 2 of 3 = 66.666… %
        assertEquals(Optional.of(new BigDecimal("66.7")), CallFigures.serviceLevel(2, 3, 0));
        assertEquals(Optional.of(new BigDecimal("100.0")), CallFigures.serviceLevel(4, 4, 0));
        assertEquals(Optional.of(new BigDecimal("0.0")), CallFigures.serviceLevel(0, 0, 2), "only abandoned calls: 0 %, not none");
    }

    @Test
    void withoutACallThatStoppedWaitingThereIsNoServiceLevelNotZero() {
        assertEquals(Optional.empty(), CallFigures.serviceLevel(0, 0, 0));
        assertEquals(Optional.empty(), new CallFigures(3, NINE, 0, 0, 0, 0).serviceLevel(), "calls still waiting count for nothing yet");
    }

    @Test
    void averageSpeedOfAnswerIsTheMeanWaitOfTheAnsweredCallsToTheSecond() {
        assertEquals(Optional.of(Duration.ofSeconds(15)), CallFigures.averageSpeedOfAnswer(45, 3));
        assertEquals(Optional.of(Duration.ofSeconds(8)), CallFigures.averageSpeedOfAnswer(15, 2), "7.5 s rounds half up");
        assertEquals(Optional.of(Duration.ofSeconds(7)), CallFigures.averageSpeedOfAnswer(29, 4), "7.25 s rounds down");
        assertEquals(Optional.empty(), CallFigures.averageSpeedOfAnswer(0, 0), "nobody answered: no value");
    }

    @Test
    void theDatabasesSumsAreReadWithNullsAsZeroAndSecondsRoundedHalfUp() {
        CallFigures counted = CallFigures.counted(null, null, 2L, null, 1L, new BigDecimal("20.5"));
        assertEquals(new CallFigures(0, null, 2, 0, 1, 21), counted);
        assertEquals(CallFigures.none(), CallFigures.counted(null, null, 0L, null, null, null));
        assertEquals(41L, CallFigures.counted(0, null, 3, 0, 3, 40.6d).waitedSeconds(), "a double from the driver too");
    }

    @Test
    void theLongestWaitRunsFromTheOldestWaitingCall() {
        CallFigures two = new CallFigures(2, NINE, 0, 0, 0, 0);
        assertEquals(Optional.of(Duration.ofSeconds(95)), two.longestWait(NINE.plusSeconds(95)));
        assertEquals(Optional.of(Duration.ZERO), two.longestWait(NINE.minusSeconds(1)), "a clock a little behind waits 0");
        assertEquals(Optional.empty(), CallFigures.none().longestWait(NINE));
    }

    @Test
    void impossibleFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CallFigures(0, null, 1, 0, 2, 0), "more in time than answered");
        assertThrows(IllegalArgumentException.class, () -> new CallFigures(-1, null, 0, 0, 0, 0));
    }

    @Test
    void aCallAnsweredAtTheThresholdIsInTimeOneSecondLaterItIsNot() {
        Interaction atThreshold = Interaction.inbound(client, Channel.PHONE, "+390212345678", "q-1", NINE);
        assertTrue(atThreshold.isWaiting(NINE));
        atThreshold.answer(agent, NINE.plusSeconds(20));
        assertTrue(atThreshold.answeredWithin(20));
        assertFalse(atThreshold.isWaiting(NINE.plusSeconds(20)));

        Interaction late = Interaction.inbound(client, Channel.PHONE, "+390212345678", "q-2", NINE);
        late.answer(agent, NINE.plusSeconds(21));
        assertFalse(late.answeredWithin(20));
    }

    @Test
    void aQueuedCallThatEndsUnansweredIsAbandonedAndNoLongerWaits() {
        Interaction queued = Interaction.inbound(client, Channel.PHONE, "+390212345678", "q-3", NINE);
        queued.end(NINE.plusSeconds(40));
        assertTrue(queued.isAbandoned());
        assertFalse(queued.isWaiting(NINE.plusSeconds(40)));
        assertFalse(queued.answeredWithin(3600), "never answered, never in time");
    }

    @Test
    void aCallWhoseEndThePhoneSystemNeverSentStopsWaitingAfterAnHourWithoutBeingAbandoned() {
        Interaction lost = Interaction.inbound(client, Channel.PHONE, "+390212345678", "q-4", NINE);
        assertTrue(lost.isWaiting(NINE.plus(CallFigures.WAIT_LIMIT).minusSeconds(1)));
        assertFalse(lost.isWaiting(NINE.plus(CallFigures.WAIT_LIMIT)));
        assertFalse(lost.isAbandoned(), "nobody saw it end");
    }

    @Test
    void onlyALoggedInAgentOffACallCanBeForcedByASupervisor() {
        assertTrue(AgentState.AVAILABLE.canBeForcedBySupervisor());
        assertTrue(AgentState.WRAP_UP.canBeForcedBySupervisor());
        assertTrue(AgentState.PAUSED.canBeForcedBySupervisor());
        assertFalse(AgentState.ON_CALL.canBeForcedBySupervisor(), "a call is never cut from the board");
        assertFalse(AgentState.LOGGED_OUT.canBeForcedBySupervisor());
    }
}
