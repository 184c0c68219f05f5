package it.cuffia.contact.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Issue 15 §3, the wallboard's call figures of a day: the calls a client's phone system announced (CTI events;
 * calls the agent typed in are no queue's), counted by the database with the SQL twins below. The rules:
 * <ul>
 * <li>a call <b>waits</b> from the moment it entered the queue ({@code QUEUED}, or {@code RINGING} at an agent
 * when the phone system says nothing earlier) until it is answered or ends, for at most {@link #WAIT_LIMIT}:
 * {@link #WAITING_SQL};</li>
 * <li>a call is <b>abandoned</b> when it ended without anybody answering ({@link Interaction#isAbandoned()},
 * {@link #ABANDONED_SQL});</li>
 * <li>its <b>wait</b> is answered − queued, in seconds ({@link #WAIT_SECONDS_SQL});</li>
 * <li><b>service level</b>: the calls answered within the client's threshold (wait ≤ threshold) over the calls that
 * stopped waiting, answered or abandoned; in percent to one decimal, half up ({@link #serviceLevel}); none while no
 * call stopped waiting;</li>
 * <li><b>average speed of answer</b>: the mean wait of the answered calls, to the second, half up
 * ({@link #averageSpeedOfAnswer}); none while nobody answered.</li>
 * </ul>
 * A figure without a value shows as "—", never 0.
 *
 * @param waiting        calls waiting now
 * @param oldestWaiting  when the longest-waiting call entered the queue (null when none waits)
 * @param answered       calls answered today
 * @param abandoned      calls abandoned today
 * @param inTime         calls answered today within the client's threshold
 * @param waitedSeconds  the waits of the calls answered today, summed
 */
public record CallFigures(long waiting, Instant oldestWaiting, long answered, long abandoned, long inTime, long waitedSeconds)
        implements Serializable {

    /**
     * No queue keeps a caller this long. A call that nobody answered and whose end the phone system has not sent
     * after an hour is an end event that was lost, not a caller still in line: it no longer counts as waiting (nor as
     * abandoned, which needs the end), so one lost event does not show a wait of hours on the wallboard all day.
     */
    public static final Duration WAIT_LIMIT = Duration.ofHours(1);

    /**
     * The SQL twin of {@link Interaction#isWaiting(Instant)}: {@code %1$s} is the interaction table's alias,
     * {@code %2$s} the instant {@link #WAIT_LIMIT} before now (a parameter).
     */
    public static final String WAITING_SQL = "(%1$s.answered_at is null and %1$s.ended_at is null and %1$s.ringing_at > %2$s)";

    /** The SQL twin of {@link Interaction#isAbandoned()}; {@code %1$s} as above. */
    public static final String ABANDONED_SQL = "(%1$s.answered_at is null and %1$s.ended_at is not null)";

    /** Seconds from entering the queue to the answer (null while unanswered); {@code %1$s} as above. */
    public static final String WAIT_SECONDS_SQL = "(extract(epoch from %1$s.answered_at) - extract(epoch from %1$s.ringing_at))";

    /**
     * Answered in time: {@code %1$s} is the interaction table's alias, {@code %2$s} the threshold in seconds (a
     * column such as {@code c.service_level_seconds}); the twin of {@link Interaction#answeredWithin(int)}.
     */
    public static final String IN_TIME_SQL = "(%1$s.answered_at is not null and " + WAIT_SECONDS_SQL + " <= %2$s)";

    public CallFigures {
        if (waiting < 0 || answered < 0 || abandoned < 0 || inTime < 0 || waitedSeconds < 0 || inTime > answered) {
            throw new IllegalArgumentException("figures " + waiting + "/" + answered + "/" + abandoned + "/" + inTime + "/" + waitedSeconds);
        }
    }

    /** Nothing today. */
    public static CallFigures none() {
        return new CallFigures(0, null, 0, 0, 0, 0);
    }

    /** A row as the database counted it: sums the database left null (no row) are zero, seconds rounded half up. */
    public static CallFigures counted(Number waiting, Instant oldestWaiting, Number answered, Number abandoned, Number inTime,
                                      Number waitedSeconds) {
        return new CallFigures(count(waiting), oldestWaiting, count(answered), count(abandoned), count(inTime),
                waitedSeconds == null ? 0 : new BigDecimal(waitedSeconds.toString()).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** In percent to one decimal: answered in time over the calls that stopped waiting (answered or abandoned). */
    public Optional<BigDecimal> serviceLevel() {
        return serviceLevel(inTime, answered, abandoned);
    }

    public static Optional<BigDecimal> serviceLevel(long inTime, long answered, long abandoned) {
        long handled = answered + abandoned;
        if (handled == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(inTime * 100L).divide(BigDecimal.valueOf(handled), 1, RoundingMode.HALF_UP));
    }

    /** The mean wait of the answered calls, to the second. */
    public Optional<Duration> averageSpeedOfAnswer() {
        return averageSpeedOfAnswer(waitedSeconds, answered);
    }

    public static Optional<Duration> averageSpeedOfAnswer(long waitedSeconds, long answered) {
        if (answered == 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(BigDecimal.valueOf(waitedSeconds)
                .divide(BigDecimal.valueOf(answered), 0, RoundingMode.HALF_UP).longValueExact()));
    }

    /** How long the longest-waiting call has waited at {@code now}; none when no call waits. */
    public Optional<Duration> longestWait(Instant now) {
        if (waiting == 0 || oldestWaiting == null) {
            return Optional.empty();
        }
        return Optional.of(now.isBefore(oldestWaiting) ? Duration.ZERO : Duration.between(oldestWaiting, now));
    }

    private static long count(Number n) {
        return n == null ? 0 : n.longValue();
    }

    // Jakarta EL 5 reads bean getters, not record accessors
    public long getWaiting() { return waiting; }
    public long getAnswered() { return answered; }
    public long getAbandoned() { return abandoned; }
}
