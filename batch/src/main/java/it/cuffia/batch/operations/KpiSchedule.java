package it.cuffia.batch.operations;

import it.cuffia.shared.application.TimerLeases;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.logging.Logger;

/**
 * The daily KPI run (yesterday's KPIs) at {@code cuffia.kpi.dailyAt} (HH:mm, Europe/Rome,
 * default 02:30; "off" disables it); on the first of the month it also starts the previous
 * month's close, whose statements then wait for the supervisors' approval. Not persistent, so a
 * redeploy never meets a stored schedule (payara/Payara#4650); a missed run is started by hand. Every server of a
 * group fires both timers; the one that takes the run's lease ({@link TimerLeases}) starts the jobs, once per group.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KpiSchedule {

    private static final Logger LOG = Logger.getLogger(KpiSchedule.class.getName());

    /**
     * The daily run's lease: an hour, far longer than starting the jobs takes and far shorter than a day, so
     * tomorrow's run is any server's whose timer fires first. The demo's catch-up, 20 s after each start: five
     * minutes, so a demo started again soon after is caught up again (the catch-up skips a month already closed).
     */
    static final String DAILY_LEASE = "kpi-daily";
    static final Duration DAILY_TERM = Duration.ofHours(1);
    static final String DEMO_LEASE = "kpi-demo-catch-up";
    static final Duration DEMO_TERM = Duration.ofMinutes(5);

    @Resource
    private TimerService timers;

    @Inject
    private TimerLeases leases;
    @Inject
    private Clock clock;

    @Inject
    private BatchOperations operations;

    @Inject
    private it.cuffia.pay.application.StatementCalculation statements;

    @PostConstruct
    void schedule() {
        if (Boolean.getBoolean("cuffia.demo") && !"false".equals(System.getProperty("cuffia.demo.history"))) {
            // the demo's past work gets its KPIs and last month's statements shortly after start
            timers.createSingleActionTimer(20_000, new TimerConfig(DEMO_CATCH_UP, false));
        }
        String at = System.getProperty("cuffia.kpi.dailyAt", "02:30");
        if ("off".equalsIgnoreCase(at)) {
            LOG.info("daily KPI run disabled (cuffia.kpi.dailyAt=off)");
            return;
        }
        LocalTime time = LocalTime.parse(at);
        ScheduleExpression daily = new ScheduleExpression().hour(time.getHour()).minute(time.getMinute()).second(0)
                .timezone("Europe/Rome");
        timers.createCalendarTimer(daily, new TimerConfig("daily KPI run", false));
    }

    private static final String DEMO_CATCH_UP = "demo catch-up";

    @Timeout
    void run(jakarta.ejb.Timer timer) {
        if (DEMO_CATCH_UP.equals(timer.getInfo())) {
            if (leases.take(DEMO_LEASE, DEMO_TERM)) {
                demoCatchUp();
            }
            return;
        }
        if (!leases.take(DAILY_LEASE, DAILY_TERM)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long kpi = operations.startScheduledKpi(today.minusDays(1), today.minusDays(1));
        LOG.info("daily KPI run started: execution " + kpi);
        if (today.getDayOfMonth() == 1) {
            long close = operations.startScheduledMonthClose(YearMonth.from(today).minusMonths(1));
            LOG.info("month close started: execution " + close);
        }
    }

    private void demoCatchUp() {
        LocalDate today = LocalDate.now(clock);
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        if (statements.agentsFor(previous).isEmpty() || statements.hasStatements(previous)) {
            return;
        }
        LOG.info("demo: closing " + previous + " (execution " + operations.startScheduledMonthClose(previous) + ")");
        if (today.getDayOfMonth() > 1) {
            LOG.info("demo: KPIs of this month so far (execution " + operations.startScheduledKpi(today.withDayOfMonth(1), today.minusDays(1)) + ")");
        }
    }
}
