package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.application.TimerLeases;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A job whose server died is restarted on another (issue 18): a month close whose server died in its statements step
 * is found by this server's recovery round (JobRecovery), marked FAILED ("server lost") and restarted here from its
 * checkpoint, and the statements it stores are those of a clean run of the same month. The dead server is played by
 * RecoveryFixtures (a server cannot kill itself here; bench/job-failover.sh kills a real instance of the cluster).
 */
@ExtendWith(ArquillianExtension.class)
class JobRecoveryIT {

    private static final YearMonth NOVEMBER = PayFixtures.MONTH;
    private static final String GONE = "cuffia-gone 4711@nowhere 2026-03-10T08:00:00Z";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    PayFixtures pay;

    @Inject
    RecoveryFixtures fixtures;

    @Test
    void aMonthCloseWhoseServerDiedIsMarkedFailedAndRestartedHereWithTheStatementsOfACleanRun() {
        PayFixtures.Setup setup = pay.create();
        JsonObject clean = PayIT.runToEnd(start("batch/month-close?month=" + NOVEMBER));
        assertEquals("COMPLETED", clean.getString("status"), clean.toString());
        PayFixtures.StatementView cleanA = pay.statement(setup.agentA()).orElseThrow();
        PayFixtures.StatementView cleanB = pay.statement(setup.agentB()).orElseThrow();

        // the same close again, on a server that dies in the statements step: the drill fails the run there, then the
        // repository says it runs again and its lease, of a JVM that is gone, has expired
        long died = start("batch/month-close?month=" + NOVEMBER + "&failOnAgent=" + setup.agentB());
        assertEquals("FAILED", PayIT.runToEnd(died).getString("status"));
        fixtures.runningInTheRepository(died);
        // the lease runs out in two seconds, not before this check: a recovery round (every 10 s) that came in between
        // restarted the run before the test could see it "running" (seen once on PostgreSQL)
        fixtures.lease(died, "month-close", GONE, Instant.now().plusSeconds(2));
        assertEquals("STARTED", run(died).getString("status"));

        JsonObject restarted = PayIT.runToEnd(restartOf(died));
        assertEquals("COMPLETED", restarted.getString("status"), restarted.toString());
        JsonObject lost = run(died);
        assertEquals("FAILED", lost.getString("status"));
        assertEquals("SERVER LOST: " + GONE, lost.getString("exitStatus"));
        assertEquals(lost.getJsonNumber("instanceId").longValue(), restarted.getJsonNumber("instanceId").longValue(), "the same job instance");
        assertEquals("month-close", restarted.getString("job"));
        assertEquals(0, fixtures.leases(died), "the dead server's lease was claimed");
        assertEquals(0, fixtures.leases(restarted.getJsonNumber("executionId").longValue()), "the restarted run gave its lease back");

        assertEquals(withoutTime(cleanA), withoutTime(pay.statement(setup.agentA()).orElseThrow()));
        assertEquals(withoutTime(cleanB), withoutTime(pay.statement(setup.agentB()).orElseThrow()));
    }

    @Test
    void aChunkGoesOnOnlyWhileThisServerStillHoldsTheRunsLease() {
        long run = 990_000_000L + System.nanoTime() % 1_000_000; // no execution of the repository: the lease alone
        assertFalse(fixtures.stillHeldHere(run), "no lease: the run is not this server's");
        fixtures.leaseHere(run, "month-close");
        assertTrue(fixtures.stillHeldHere(run), "this server's own lease");
        fixtures.leaseTakenBy(run, GONE);
        assertFalse(fixtures.stillHeldHere(run), "claimed by another server, which restarted the run");
        fixtures.leaseDropped(run);
        assertEquals(0, fixtures.leases(run));
    }

    @Test
    void aServerWhoseRunWasTakenOverWritesNothingMoreAndEndsItAsLost() throws InterruptedException {
        // a year of KPIs: some eighty chunks, so the run is still going when another server claims it
        long run = start("batch/kpi?from=2025-03-01&to=2026-03-31");
        assertTrue(fixtures.takeOverWhenLeased(run, GONE), "the run took its lease");

        JsonObject ended = PayIT.runToEnd(run);
        assertEquals("FAILED", ended.getString("status"), ended.toString());
        assertEquals("SERVER LOST: " + TimerLeases.holder(), ended.getString("exitStatus"), "this server, as the claim names it");
        assertEquals(1, fixtures.leases(run), "the lease stays the other server's");
        fixtures.leaseDropped(run);
    }

    private static PayFixtures.StatementView withoutTime(PayFixtures.StatementView statement) {
        return new PayFixtures.StatementView(statement.status(), statement.fixed(), statement.variable(), statement.total(), statement.lines(), null);
    }

    private static long start(String path) {
        HttpResponse<String> started = ConsoleClient.api("POST", path, Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(202, started.statusCode(), started.body());
        return Cti.json(started).getJsonNumber("executionId").longValue();
    }

    private static JsonObject run(long executionId) {
        return Cti.json(ConsoleClient.api("GET", "batch/executions/" + executionId, Demo.ADMIN, Demo.PASSWORD, null, "it"));
    }

    /** The execution the recovery starts for {@code died}: the next one of its job instance (a round every 10 s). */
    private static long restartOf(long died) {
        long instance = run(died).getJsonNumber("instanceId").longValue();
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonArray runs = Json.createReader(new StringReader(ConsoleClient.api("GET", "batch/executions?max=50", Demo.ADMIN, Demo.PASSWORD, null, "it")
                    .body())).readArray();
            for (JsonValue value : runs) {
                JsonObject run = value.asJsonObject();
                if (run.getJsonNumber("instanceId").longValue() == instance && run.getJsonNumber("executionId").longValue() > died) {
                    return run.getJsonNumber("executionId").longValue();
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("execution " + died + " not restarted: " + runs);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
