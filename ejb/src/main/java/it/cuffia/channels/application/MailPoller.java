package it.cuffia.channels.application;

import it.cuffia.channels.domain.Mailbox;
import it.cuffia.channels.domain.SealedSecret;
import it.cuffia.channels.infrastructure.MailStoreClient;
import it.cuffia.channels.infrastructure.MailboxKey;
import it.cuffia.shared.application.TimerLeases;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Polls the active mailboxes every {@code cuffia.mail.pollSeconds} seconds (system property, default 60;
 * 0 turns the timer off, "Fetch now" still works). Not a persistent timer, as {@code TicketAutoClose}: Payara 6
 * cannot redeploy an application with stored schedules (payara/Payara#4650). One poll at a time (the singleton's
 * write lock): the timer and an admin's "Fetch now" never read a mailbox together. No transaction of its own:
 * each message is stored in its own ({@link MailIngestion}), so a failure loses nothing already stored. Every server
 * of a group runs the timer and the one holding its lease ({@link TimerLeases}) polls; a message fetched twice (an
 * admin's "Fetch now" on another server) is recognised as a duplicate by its Message-ID.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
public class MailPoller {

    private static final Logger LOG = Logger.getLogger(MailPoller.class.getName());

    static final String LEASE = "mail-poll";

    @Resource
    private TimerService timers;

    @Inject
    private TimerLeases leases;

    /** The lease's term: three polls. */
    private Duration term;

    @Inject
    private MailIngestion ingestion;

    @Inject
    private MailboxRecords mailboxes;

    @PostConstruct
    void schedule() {
        long seconds = Long.getLong("cuffia.mail.pollSeconds", 60);
        if (seconds > 0) {
            term = Duration.ofSeconds(3 * seconds);
            timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("poll mailboxes", false));
        }
    }

    @Timeout
    void pollAll() {
        if (!leases.take(LEASE, term)) {
            return;
        }
        for (Long id : mailboxes.polled()) {
            poll(id);
        }
    }

    /** One poll of one mailbox: what it fetched and what became of it. */
    public FetchResult poll(Long mailboxId) {
        Mailbox mailbox = mailboxes.forPolling(mailboxId);
        if (!mailbox.hasPassword()) {
            return record(mailboxId, FetchResult.failedToConnect("no password set"));
        }
        AtomicInteger tickets = new AtomicInteger();
        AtomicInteger threaded = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try {
            String password = SealedSecret.open(MailboxKey.get(), mailbox.getPasswordSealed());
            MailStoreClient.Fetched fetched = MailStoreClient.fetch(mailbox, password, raw -> {
                MailIngestion.Result result = store(mailboxId, raw);
                if (result == null) {
                    return false;
                }
                switch (result) {
                    case TICKET -> tickets.incrementAndGet();
                    case THREADED, BOUNCE -> threaded.incrementAndGet();
                    case DUPLICATE -> duplicates.incrementAndGet();
                    case FAILED -> failed.incrementAndGet();
                }
                return true;
            });
            return record(mailboxId, new FetchResult(fetched.seen(), tickets.get(), threaded.get(), duplicates.get(), failed.get(), null));
        } catch (MessagingException | IOException | IllegalStateException e) {
            // a mail server away or a wrong password: said on the mailbox for the admin, a warning in the log, no stack trace
            String reason = it.cuffia.appointments.application.MailSender.reason(e);
            LOG.warning(() -> "mailbox " + mailbox.getAddress() + " not polled: " + reason);
            return record(mailboxId, new FetchResult(0, tickets.get(), threaded.get(), duplicates.get(), failed.get(), reason));
        }
    }

    /** A message into its ticket; one refused on the way is kept as failed; null: not stored, left on the server for the next poll. */
    private MailIngestion.Result store(Long mailboxId, byte[] raw) {
        try {
            return ingestion.ingest(mailboxId, raw);
        } catch (EJBException | it.cuffia.shared.domain.DomainException refused) {
            String reason = it.cuffia.appointments.application.MailSender.reason(refused);
            try {
                return ingestion.keepFailed(mailboxId, raw, reason);
            } catch (EJBException notKept) {
                LOG.warning(() -> "message of mailbox " + mailboxId + " left on the server for the next poll: " + reason);
                return null;
            }
        }
    }

    private FetchResult record(Long mailboxId, FetchResult result) {
        mailboxes.polled(mailboxId, result.error());
        return result;
    }
}
