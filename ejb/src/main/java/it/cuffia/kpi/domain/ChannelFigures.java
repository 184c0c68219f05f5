package it.cuffia.kpi.domain;

import it.cuffia.contact.domain.Channel;
import it.cuffia.shared.domain.Zones;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 14 §5, the KPIs per channel: a month's volume and first response of one client's channel, of one channel
 * over the clients in view ({@code clientId} null) or of everything in view ({@code channel} null too). The rules:
 * <ul>
 * <li>the tickets of a month are those opened in it, Rome time ({@link #monthStart}, {@link #monthEnd});</li>
 * <li>a first response is the ticket's own ({@code Ticket.respond}: an agent taking a phone ticket, else the first
 * note the customer sees); it is on time when it came at or before the ticket's first-response deadline, which the
 * channel's target planned ({@code Ticket.firstResponseMet}, set once, so a rule changed later does not rewrite
 * the past); the share on time is of the tickets answered ({@link #onTimePercent(long, long)});</li>
 * <li>the first-response time is what the customer waited, clock time from opening to first response
 * ({@link #RESPONSE_SECONDS_SQL}), not business time: a mail of Friday evening answered on Monday waited the weekend;</li>
 * <li>a ticket still awaits its first response while it has none; it is past due once its deadline has passed,
 * the SQL twin of {@code Ticket.firstResponseStatus(now) == BREACHED} ({@link #PAST_DUE_SQL}).</li>
 * </ul>
 * The database computes the figures in one aggregate query; {@link #report} puts its rows in reading order.
 */
public record ChannelFigures(Long clientId, String clientName, Channel channel, long opened, long responded, long onTime,
                             BigDecimal onTimePercent, Long averageSeconds, Long medianSeconds, Long p90Seconds,
                             long awaiting, long pastDue, Satisfaction satisfaction) implements Serializable {

    /**
     * Issue 16 §2, the customers' survey answers given in the month about this client's channel (a call's survey is
     * PHONE's): CSAT and NPS by the KPIs' own formulas ({@link KpiCounters#csat}, {@link KpiCounters#nps}).
     */
    public record Satisfaction(long answers, long satisfactionSum, long promoters, long detractors) implements Serializable {

        public static final Satisfaction NONE = new Satisfaction(0, 0, 0, 0);

        public static Satisfaction counted(Number answers, Number satisfactionSum, Number promoters, Number detractors) {
            return new Satisfaction(count(answers), count(satisfactionSum), count(promoters), count(detractors));
        }

        /** Mean satisfaction 1-5, null without answers. */
        public BigDecimal csat() {
            return KpiCounters.csat(satisfactionSum, answers).orElse(null);
        }

        /** Net promoter score −100..100, null without answers. */
        public BigDecimal nps() {
            return KpiCounters.nps(promoters, detractors, answers).orElse(null);
        }
    }

    /** The same row with the month's survey answers. */
    public ChannelFigures with(Satisfaction answers) {
        return new ChannelFigures(clientId, clientName, channel, opened, responded, onTime, onTimePercent, averageSeconds, medianSeconds,
                p90Seconds, awaiting, pastDue, answers);
    }

    /** The SQL sums behind {@link Satisfaction} over a survey table's alias {@code %1$s}: answers, sum, promoters, detractors. */
    public static final String SATISFACTION_SQL = "count(*), sum(%1$s.satisfaction),"
            + " sum(case when %1$s.recommendation >= 9 then 1 else 0 end), sum(case when %1$s.recommendation <= 6 then 1 else 0 end)";

    /** Seconds from a ticket's opening to its first response; {@code %1$s} is the ticket table's alias. Null while unanswered. */
    public static final String RESPONSE_SECONDS_SQL = "(extract(epoch from %1$s.first_response_at) - extract(epoch from %1$s.opened_at))";

    /**
     * Awaiting its first response past its deadline: {@code Ticket.firstResponseStatus(now) == BREACHED}. {@code %1$s} is
     * the ticket table's alias (or a derived table with its columns), {@code %2$s} the parameter holding now.
     */
    public static final String PAST_DUE_SQL = "(%1$s.first_response_at is null and %1$s.first_response_due < %2$s)";

    /** First responses on time (a count, from the ticket's own verdict); {@code %1$s} as above. */
    public static final String ON_TIME_SQL = "sum(case when %1$s.first_response_met then 1 else 0 end)";

    /** The first instant of a month, Rome time: the month's first ticket is opened at or after it. */
    public static Instant monthStart(YearMonth month) {
        return month.atDay(1).atStartOfDay(Zones.ROME).toInstant();
    }

    /** The first instant of the next month, Rome time: the month's tickets are opened before it. */
    public static Instant monthEnd(YearMonth month) {
        return monthStart(month.plusMonths(1));
    }

    /**
     * A row as the database counted it: averages, medians and 90th percentiles come as seconds with decimals (or null
     * when nothing was answered) and are rounded to the second; counts the database left null (no row) are zero.
     */
    public static ChannelFigures counted(Long clientId, String clientName, Channel channel, Number opened, Number responded,
                                         Number onTime, Number average, Number median, Number p90, Number awaiting, Number pastDue) {
        long answered = count(responded);
        long inTime = count(onTime);
        return new ChannelFigures(clientId, clientName, channel, count(opened), answered, inTime, onTimePercent(inTime, answered),
                seconds(average), seconds(median), seconds(p90), count(awaiting), count(pastDue), Satisfaction.NONE);
    }

    /** A channel nothing arrived by this month: it still has its row, so every channel shows. */
    public static ChannelFigures none(Channel channel) {
        return new ChannelFigures(null, null, channel, 0, 0, 0, null, null, null, null, 0, 0, Satisfaction.NONE);
    }

    /** The share of first responses on time, in percent to one decimal (half up); null when nothing was answered. */
    public static BigDecimal onTimePercent(long onTime, long responded) {
        if (onTime < 0 || responded < 0 || onTime > responded) {
            throw new IllegalArgumentException("on time " + onTime + " of " + responded);
        }
        if (responded == 0) {
            return null;
        }
        return BigDecimal.valueOf(onTime).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(responded), 1, RoundingMode.HALF_UP);
    }

    /** A row of every client's figures for one channel (or for all channels, when {@code channel} is null). */
    public boolean isTotal() {
        return clientId == null;
    }

    /**
     * The rows in reading order: each client's channels (clients by name, channels in their enum order), then one row
     * per channel over all clients in view (a channel nothing arrived by gets a zero row), then the overall total.
     */
    public static List<ChannelFigures> report(List<ChannelFigures> counted) {
        return report(counted, List.of());
    }

    /**
     * {@link #report(List)} with the month's survey answers joined to their rows (same client and channel; all clients
     * when {@code clientId} is null, every channel when {@code channel} is null too): a client's channel that was
     * answered about without tickets opened in the month still gets its row.
     */
    public static List<ChannelFigures> report(List<ChannelFigures> counted, List<ChannelFigures> answered) {
        List<ChannelFigures> joined = new ArrayList<>(counted);
        for (ChannelFigures answers : answered) {
            int at = -1;
            for (int i = 0; i < joined.size(); i++) {
                ChannelFigures row = joined.get(i);
                if (java.util.Objects.equals(row.clientId, answers.clientId) && row.channel == answers.channel) {
                    at = i;
                }
            }
            if (at >= 0) {
                joined.set(at, joined.get(at).with(answers.satisfaction));
            } else {
                joined.add(new ChannelFigures(answers.clientId, answers.clientName, answers.channel, 0, 0, 0, null, null, null, null, 0, 0,
                        answers.satisfaction));
            }
        }
        return order(joined);
    }

    private static List<ChannelFigures> order(List<ChannelFigures> counted) {
        List<ChannelFigures> clients = new ArrayList<>();
        Map<Channel, ChannelFigures> channels = new EnumMap<>(Channel.class);
        ChannelFigures overall = null;
        for (ChannelFigures row : counted) {
            if (row.clientId != null) {
                clients.add(row);
            } else if (row.channel != null) {
                channels.put(row.channel, row);
            } else {
                overall = row;
            }
        }
        clients.sort(Comparator.comparing(ChannelFigures::clientName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ChannelFigures::clientId).thenComparing(ChannelFigures::channel));
        List<ChannelFigures> rows = new ArrayList<>(clients);
        for (Channel channel : Channel.values()) {
            rows.add(channels.getOrDefault(channel, none(channel)));
        }
        rows.add(overall == null ? none(null) : overall);
        return rows;
    }

    private static long count(Number value) {
        return value == null ? 0 : value.longValue();
    }

    private static Long seconds(Number value) {
        if (value == null) {
            return null;
        }
        return new BigDecimal(value.toString()).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
