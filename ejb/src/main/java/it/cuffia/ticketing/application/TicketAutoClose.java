package it.cuffia.ticketing.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Closes resolved tickets after a quiet period (days, system property
 * {@code cuffia.tickets.autoCloseDays}, default 7). Not a persistent timer: Payara 6 refuses to redeploy
 * an application whose persistent schedule is already stored ("invalid container id", payara/Payara#4650).
 * Running on every server of a group is harmless: closing is idempotent and optimistic locking orders it.
 */
@Singleton
public class TicketAutoClose {

    private static final Logger LOG = Logger.getLogger(TicketAutoClose.class.getName());

    @Inject
    private TicketService tickets;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "auto-close resolved tickets")
    void closeQuietResolvedTickets() {
        int days = Integer.getInteger("cuffia.tickets.autoCloseDays", 7);
        int closed = tickets.closeResolvedBefore(clock.instant().minus(Duration.ofDays(days)));
        if (closed > 0) {
            LOG.info(() -> "Auto-closed " + closed + " tickets resolved more than " + days + " days ago");
        }
    }
}
