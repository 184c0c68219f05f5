package it.cuffia.channels.domain;

import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SupportLevel;
import it.cuffia.ticketing.domain.TicketCategory;
import java.io.Serializable;

/**
 * What the routing rules decided for a ticket a channel opens: each part may be left undecided (null), and then the
 * ticket keeps what the channel gave it (the category the person chose, normal priority, the front line).
 */
public record RoutingDecision(TicketCategory category, Priority priority, Integer level, Long ruleId) implements Serializable {

    /** No rule matched. */
    public static final RoutingDecision NONE = new RoutingDecision(null, null, null, null);

    public TicketCategory categoryOr(TicketCategory otherwise) {
        return category == null ? otherwise : category;
    }

    public Priority priorityOr(Priority otherwise) {
        return priority == null ? otherwise : priority;
    }

    public int levelOr(int otherwise) {
        return level == null ? otherwise : level;
    }

    public boolean matched() {
        return ruleId != null;
    }

    /** Whether the ticket goes straight to a queue past the front line. */
    public boolean beyondFrontLine() {
        return level != null && level > SupportLevel.FRONT_LINE;
    }
}
