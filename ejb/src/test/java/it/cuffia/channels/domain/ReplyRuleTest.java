package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.ticketing.domain.TicketState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplyRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void anAnswerJoinsAnActiveTicketAndReopensAResolvedOne() {
        for (TicketState state : TicketState.ACTIVE) {
            assertEquals(ReplyRule.Action.ADD, ReplyRule.decide(state, null, NOW, Duration.ZERO), state.name());
        }
        assertEquals(ReplyRule.Action.REOPEN, ReplyRule.decide(TicketState.RESOLVED, null, NOW, Duration.ZERO));
    }

    @Test
    void aClosedTicketIsFollowedByANewOneAfterTheGracePeriod() {
        Duration threeDays = Duration.ofDays(3);
        assertEquals(ReplyRule.Action.ADD, ReplyRule.decide(TicketState.CLOSED, NOW.minus(Duration.ofDays(2)), NOW, threeDays));
        assertEquals(ReplyRule.Action.FOLLOW_UP, ReplyRule.decide(TicketState.CLOSED, NOW.minus(Duration.ofDays(4)), NOW, threeDays));
        assertEquals(ReplyRule.Action.FOLLOW_UP, ReplyRule.decide(TicketState.CLOSED, NOW.minusSeconds(60), NOW, Duration.ZERO),
                "no grace period: always a follow-up");
    }
}
