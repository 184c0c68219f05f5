package it.cuffia.channels.domain;

import it.cuffia.ticketing.domain.TicketState;
import java.time.Duration;
import java.time.Instant;

/**
 * What a customer's answer does to the ticket it answers: on an open ticket it is one more message in its
 * timeline; a resolved ticket is reopened (the customer says it is not solved); a closed ticket cannot be
 * reopened, so an answer arriving more than {@code followUpAfter} after closing opens a new ticket that
 * follows it. An answer within that grace period (a "thank you") only joins the closed ticket's timeline.
 */
public final class ReplyRule {

    public enum Action { ADD, REOPEN, FOLLOW_UP }

    private ReplyRule() {
    }

    public static Action decide(TicketState state, Instant closedAt, Instant now, Duration followUpAfter) {
        if (state == TicketState.RESOLVED) {
            return Action.REOPEN;
        }
        if (state == TicketState.CLOSED) {
            boolean recent = closedAt != null && !now.isAfter(closedAt.plus(followUpAfter));
            return recent && !followUpAfter.isZero() ? Action.ADD : Action.FOLLOW_UP;
        }
        return Action.ADD;
    }
}
