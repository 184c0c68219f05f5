package it.cuffia.shared.infrastructure;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Tells the live screens (push, issue 15) that rows of one kind changed: the entity listeners call {@link #changed}
 * for every row they see written, and the event (a record without data: the screens reload what they show) is fired
 * once per transaction and kind, after the transaction committed. So a lead import of 500 rows a chunk is one message
 * a chunk, a rolled-back change none, and nothing is pushed before the data can be read.
 */
public final class LiveChanges {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LiveChanges.class.getName());
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    /** Set by the web module once it has started: events of the deployment's own transactions (the demo data) are not told. */
    private static volatile boolean open;

    /*
     * Looked up once: a new InitialContext and a CDI lookup for every row written were 3 % of a ticket's CPU through
     * the API (bench/RESULTS.md, "Ticket creation"). The registry is the server's one; the events bean is application
     * scoped, its proxy valid while the application runs (a redeployment loads this class again).
     */
    private static volatile TransactionSynchronizationRegistry registry;
    private static volatile LiveChangeEvents events;

    private LiveChanges() {
    }

    /**
     * The screens may be told from now on. Before, a CDI lookup from the deploying thread created the application-scoped
     * beans (LiveChangeEvents, the web module's ConsolePush) without their injected fields, and they stayed so: no push
     * at all afterwards (seen on Payara 6.2025.9).
     */
    public static void open() {
        open = true;
    }

    /** Rows of the event's kind were written in the current transaction (if any: without one, fired at once). */
    public static void changed(Object event) {
        if (!open) {
            return; // no screen is open before the application has started
        }
        TransactionSynchronizationRegistry registry = registry();
        if (registry.getTransactionKey() == null) {
            fire(event);
            return;
        }
        String key = LiveChanges.class.getName() + ":" + event.getClass().getName();
        if (registry.getResource(key) != null) {
            return; // already told once after this transaction
        }
        registry.putResource(key, Boolean.TRUE);
        // an entity listener runs at the flush, which may be the flush of the commit itself (beforeCompletion):
        // an interposed synchronization may still be registered then (JTA 1.2, 3.3.2)
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        fire(event);
                    } catch (RuntimeException e) {
                        // the data is committed; a screen not told shows it at its next reload (no stack: not a fault of the data)
                        LOG.warning(() -> "live screens not told of " + event + ": " + e);
                    }
                }
            }
        });
    }

    private static void fire(Object event) {
        LiveChangeEvents to = events;
        if (to == null) {
            to = CDI.current().select(LiveChangeEvents.class).get();
            events = to;
        }
        to.fire(event);
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            try {
                found = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
            } catch (NamingException e) {
                throw new IllegalStateException("no transaction synchronization registry at " + REGISTRY, e);
            }
            registry = found;
        }
        return found;
    }
}
