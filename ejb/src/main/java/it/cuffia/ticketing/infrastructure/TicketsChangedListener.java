package it.cuffia.ticketing.infrastructure;

import it.cuffia.shared.infrastructure.LiveChanges;
import it.cuffia.ticketing.application.TicketsChanged;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Entity listener of {@code Ticket} (declared in META-INF/orm.xml, so the domain class knows nothing of it): every
 * written ticket row, whichever service or job wrote it, tells the live queue screens once per transaction.
 */
public class TicketsChangedListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object ticket) {
        LiveChanges.changed(new TicketsChanged());
    }
}
