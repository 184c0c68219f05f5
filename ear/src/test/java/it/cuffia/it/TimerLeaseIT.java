package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.appointments.application.MailSender;
import it.cuffia.shared.application.TimerLeases;
import it.cuffia.shared.domain.TimerLease;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Once per group (issue 18): a timer's round is done by the server holding the timer's lease. Two servers are
 * played here by two holder names on the real database (one server cannot run two instances); the real timers of
 * this server are shown taking their leases, and the outbox waiting while "another server" holds its lease.
 */
@ExtendWith(ArquillianExtension.class)
class TimerLeaseIT {

    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
    private static final Duration TERM = Duration.ofSeconds(30);
    private static final String A = "instance-a 4711@host-a 2026-03-10T08:00:00Z";
    private static final String B = "instance-b 4712@host-b 2026-03-10T08:00:01Z";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    TimerLeases leases;

    @Inject
    LeaseFixtures fixtures;

    @Inject
    MailSender outbox;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    private static String newLease() {
        return "it-" + UUID.randomUUID();
    }

    /** take(), checked against the domain's rule on the lease as it was: the UPDATE's condition and TimerLease agree. */
    private boolean take(String name, String holder, Instant at) {
        TimerLease before = leases.find(name).orElse(TimerLease.unheld(name));
        boolean taken = leases.take(name, holder, at, TERM);
        assertEquals(before.takeableBy(holder, at), taken, "SQL and Java rule on " + before + ", " + holder + " at " + at);
        return taken;
    }

    @Test
    void aSecondHolderCannotTakeAValidLeaseAndTakesItFromItsExpiry() {
        String name = newLease();
        assertTrue(take(name, A, T0), "a lease nobody held");
        assertFalse(take(name, B, T0.plusSeconds(10)), "A's lease is valid until T0+30s");
        assertTrue(take(name, A, T0.plusSeconds(20)), "A renews it, until T0+50s");
        assertFalse(take(name, B, T0.plusSeconds(30)), "no longer A's first expiry: the renewal counts");
        assertFalse(take(name, B, T0.plusSeconds(50).minusMillis(1)));
        assertTrue(take(name, B, T0.plusSeconds(50)), "A renewed nothing (it died): B takes the lease at its expiry");
        assertFalse(take(name, A, T0.plusSeconds(51)), "and A, back, waits for B's lease in turn");
        TimerLease now = leases.find(name).orElseThrow();
        assertEquals(B, now.holder());
        assertEquals(T0.plusSeconds(80), now.expiresAt());
    }

    @Test
    void tenServersAskingAtOnceForANewLeaseOneGetsIt() throws Exception {
        String name = newLease();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10, threads);
        try {
            List<Future<Boolean>> asks = new ArrayList<>();
            for (int server = 0; server < 10; server++) {
                String holder = "instance-" + server;
                asks.add(pool.submit(() -> {
                    start.await();
                    return leases.take(name, holder, T0, TERM);
                }));
            }
            start.countDown();
            int holders = 0;
            for (Future<Boolean> ask : asks) {
                holders += ask.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, holders, "one lease, one holder");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTimersOfThisServerTakeTheirLeases() {
        // wrap-up every 2 s, outbox and surveys every 20 s, mailboxes every 60 s (the daily KPI run is off in the
        // tests, the auto-close fires every quarter of an hour: they call the same take() at the top of their round)
        for (String lease : List.of("wrap-up", MailSender.LEASE, "surveys", "mail-poll")) {
            TimerLease held = await("the lease " + lease, Duration.ofMinutes(3), () -> leases.find(lease).orElse(null),
                    found -> found != null && TimerLeases.holder().equals(found.holder()));
            assertTrue(held.expiresAt().isAfter(T0), lease + " renewed in real time: " + held);
        }
    }

    @Test
    void theOutboxWaitsWhileAnotherServerHoldsItsLeaseAndSendsOnceItExpires() {
        await("the outbox's first round", Duration.ofMinutes(2), () -> leases.find(MailSender.LEASE).isPresent(), Boolean::booleanValue);
        Instant until = leases.now().plusSeconds(25);
        fixtures.heldBy(MailSender.LEASE, B, until);
        outbox.sendPending(); // the singleton's lock: waits for a round this server began before, which took no mail of ours
        Long mail = fixtures.pendingMail("lease@cuffia.example", clock.instant());

        outbox.sendPending();
        assertEquals("PENDING", fixtures.mailStatus(mail), "another server holds the outbox: this one's round does nothing");
        assertFalse(leases.take(MailSender.LEASE, Duration.ofSeconds(60)), "nor can this server take the lease before " + until);

        // B renews nothing: from its lease's expiry this server's timer takes the outbox and handles the mail (the
        // in-server test runs no SMTP server: sent or failed, it left the outbox)
        await("the outbox taken back", Duration.ofMinutes(2), () -> fixtures.mailStatus(mail), status -> !"PENDING".equals(status));
        TimerLease lease = leases.find(MailSender.LEASE).orElseThrow();
        assertEquals(TimerLeases.holder(), lease.holder());
        assertNotEquals(B, lease.holder());
        assertFalse(lease.expiresAt().isBefore(until.plusSeconds(60)), "taken (for its 60 s) at or after the expiry of B's lease: " + lease);
    }

    /** Polls until the condition holds (in the server, where Awaitility is not deployed; as PayIT.runToEnd). */
    private static <T> T await(String what, Duration atMost, Callable<T> value, Predicate<T> done) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            T current;
            try {
                current = value.call();
            } catch (Exception e) {
                throw new AssertionError(what + ": " + e, e);
            }
            if (done.test(current)) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": still " + current + " after " + atMost);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
