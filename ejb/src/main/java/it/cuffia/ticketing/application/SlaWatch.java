package it.cuffia.ticketing.application;

import it.cuffia.ticketing.domain.Ticket;
import java.io.Serializable;
import java.util.List;

/**
 * The wallboard's tickets (issue 15 §3): active tickets whose resolution deadline is at risk (breaching soon) or
 * already breached, by the domain's definitions ({@code Ticket.slaStatus}), and the at-risk ones due first.
 */
public record SlaWatch(long atRisk, long breached, List<Ticket> dueFirst) implements Serializable {

    // Jakarta EL 5 reads bean getters, not record accessors
    public long getAtRisk() { return atRisk; }
    public long getBreached() { return breached; }
    public List<Ticket> getDueFirst() { return dueFirst; }
}
