package it.cuffia.batch.operations;

import it.cuffia.shared.application.BatchRunLeases;
import it.cuffia.shared.application.TimerLeases;
import it.cuffia.shared.domain.BatchRunLease;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A job whose server died is restarted on another (issue 18). Every server, every {@link BatchRunLease#RENEWAL}:
 * renews the leases of the runs it runs, then looks at the expired leases (runs of a server that died, or of this
 * server's previous JVM) and applies {@link BatchRunLease#fateOf}: a run the repository still calls STARTED is marked
 * FAILED ("server lost") and restarted from its last checkpoint through the JobOperator, here; the Batch jobs screen
 * shows the FAILED execution and the new one of the same job instance. The round needs no timer lease: each expired
 * lease is claimed by one conditional DELETE, so of two servers finding it only one restarts the run. Not persistent,
 * as every timer of the suite (payara/Payara#4650).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRecovery {

    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private BatchRunLeases leases;
    @Inject
    private TimerLeases time;
    @Inject
    private BatchOperations operations;

    @PostConstruct
    void schedule() {
        long every = BatchRunLease.RENEWAL.toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("batch run leases", false));
    }

    @Timeout
    void round() {
        Instant now = time.now();
        leases.renew(now);
        for (BatchRunLease lease : leases.expired(now)) {
            BatchStatus status = operations.statusOf(lease.executionId());
            BatchRunLease.Fate fate = lease.fateOf(status, now);
            if (fate == BatchRunLease.Fate.LEAVE || !leases.claim(lease.executionId(), now)) {
                continue; // alive, or another server claimed it first
            }
            try {
                switch (fate) {
                    case RESTART -> {
                        long restarted = operations.restartOrphan(lease.executionId(), lease.holder(), now);
                        LOG.info(() -> lease.jobName() + " execution " + lease.executionId() + " was " + status + " on " + lease.holder()
                                + ", whose lease expired at " + lease.aliveUntil() + ": marked FAILED and restarted as execution "
                                + restarted + " on " + TimerLeases.holder());
                    }
                    case STOPPED -> {
                        operations.stopOrphan(lease.executionId(), lease.holder(), now);
                        LOG.info(() -> lease.jobName() + " execution " + lease.executionId() + " was being stopped on " + lease.holder()
                                + ", whose lease expired at " + lease.aliveUntil() + ": marked STOPPED");
                    }
                    default -> LOG.fine(() -> "lease of ended execution " + lease.executionId() + " dropped (" + status + ")");
                }
            } catch (RuntimeException e) {
                // the lease is claimed: the run stays as the repository now has it (FAILED: an admin restarts it on the
                // Batch jobs screen); the other orphans of this round are still recovered
                LOG.log(Level.WARNING, lease.jobName() + " execution " + lease.executionId() + " of " + lease.holder()
                        + " (" + status + ") could not be recovered", e);
            }
        }
    }
}
