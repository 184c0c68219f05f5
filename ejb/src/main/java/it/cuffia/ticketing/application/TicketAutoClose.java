package it.cuffia.ticketing.application;

import it.cuffia.shared.application.TimerLeases;
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
 * Every server of a group runs the timer and the one holding its lease ({@link TimerLeases}) closes; two rounds
 * overlapping would still be harmless: closing is idempotent and optimistic locking orders it.
 */
@Singleton
public class TicketAutoClose {

    private static final Logger LOG = Logger.getLogger(TicketAutoClose.class.getName());

    /** Its lease: three rounds; a holder that died is replaced within the hour, when quiet tickets wait days anyway. */
    static final String LEASE = "ticket-auto-close";
    static final Duration TERM = Duration.ofMinutes(45);

    @Inject
    private TimerLeases leases;

    @Inject
    private TicketService tickets;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "auto-close resolved tickets")
    void closeQuietResolvedTickets() {
        if (!leases.take(LEASE, TERM)) {
            return;
        }
        int days = Integer.getInteger("cuffia.tickets.autoCloseDays", 7);
        int closed = tickets.closeResolvedBefore(clock.instant().minus(Duration.ofDays(days)));
        if (closed > 0) {
            LOG.info(() -> "Auto-closed " + closed + " tickets resolved more than " + days + " days ago");
        }
    }
}
