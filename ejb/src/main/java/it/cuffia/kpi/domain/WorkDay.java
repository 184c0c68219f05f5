package it.cuffia.kpi.domain;

import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.PauseTime;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.shared.domain.Zones;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds what happened on one day (Europe/Rome) into tallies per agent, client and campaign,
 * following DOMAIN.md: talk = ended − answered (hold included), wrap-up = wrap-up end − ended,
 * handle time = talk + wrap-up; a ticket counts for FCR when it was resolved before the wrap-up
 * of the call that opened it ended and was never escalated; logged time is time in any state but
 * LOGGED_OUT, available time is logged minus PAUSED; a pause counts by its code's flags ({@link PauseTime}: an
 * unpaid pause is not logged, a productive one is available and occupied). Time after {@code now} is not counted yet.
 */
public final class WorkDay {

    /** An interaction: inbound answered calls and outbound attempts count. */
    public record Call(TallyKey key, boolean inbound, Instant answeredAt, Instant endedAt, Instant wrapUpEndedAt,
                       String outcome, Integer satisfaction) {
    }

    /**
     * Calls of one agent, client and campaign that count alike: {@code count} calls of one direction and outcome,
     * answered and ended or not, with their summed handle time (talk + wrap-up, each in whole seconds, 0 when
     * missing or negative) and satisfaction scores. What the day's grouped query reads instead of a row per call.
     */
    public record CallGroup(TallyKey key, boolean inbound, boolean answeredAndEnded, String outcome, long count,
                            long handleSeconds, long satisfactionSum, long satisfactionCount) {
    }

    /** A ticket opened this day by the agent. */
    public record TicketOpened(TallyKey key, Instant resolvedAt, Instant openingWrapUpEndedAt, boolean escalated) {
    }

    public record TicketResolved(TallyKey key, Boolean resolutionMet) {
    }

    public record TicketReopened(TallyKey key) {
    }

    /** An appointment booked this day, or one whose meeting is this day. */
    public record AppointmentFact(TallyKey key, boolean bookedToday, boolean meetingToday, Instant startsAt, boolean held, boolean occupies) {
    }

    public record SaleFact(TallyKey key, BigDecimal amount) {
    }

    /** A customer's satisfaction-survey answer given this day: 1-5 counts for CSAT, 0-10 for NPS. */
    public record SurveyAnswer(TallyKey key, int satisfaction, int recommendation) {
    }

    /** A state period; a pause counts by its code's flags ({@link PauseTime}: paid, productive). */
    public record StatePeriod(Long agentId, AgentState state, Instant startedAt, Instant endedAt, PauseTime pause) {
        public StatePeriod(Long agentId, AgentState state, Instant startedAt, Instant endedAt) {
            this(agentId, state, startedAt, endedAt, PauseTime.PLAIN);
        }
    }

    /** A quality evaluation made this day, with its current score in hundredths of a percent. */
    public record EvaluationFact(TallyKey key, long scorePoints) {
    }

    private final LocalDate day;
    private final Instant start;
    private final Instant end;
    private final Instant now;
    private final Map<TallyKey, KpiCounters> tallies = new LinkedHashMap<>();

    public WorkDay(LocalDate day, Instant now) {
        this.day = day;
        this.start = day.atStartOfDay(Zones.ROME).toInstant();
        this.end = day.plusDays(1).atStartOfDay(Zones.ROME).toInstant();
        this.now = now;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    /** One call: a group of one (its handle time as {@link #handleSeconds} counts it). */
    public WorkDay call(Call call) {
        return calls(new CallGroup(call.key(), call.inbound(), call.answeredAt() != null && call.endedAt() != null, call.outcome(), 1,
                handleSeconds(call.answeredAt(), call.endedAt(), call.wrapUpEndedAt()),
                call.satisfaction() == null ? 0 : call.satisfaction(), call.satisfaction() == null ? 0 : 1));
    }

    /** Inbound calls count when answered and ended; every outbound call is an attempt, a contact or conversion by its outcome. */
    public WorkDay calls(CallGroup calls) {
        if (calls.inbound()) {
            if (calls.answeredAndEnded()) {
                counters(calls.key()).inboundCalls(calls.count(), calls.handleSeconds());
            }
        } else {
            Outcome outcome = outcomeOf(calls.outcome());
            counters(calls.key()).outboundAttempts(calls.count(), outcome != null && outcome.isContact(), outcome != null && outcome.isPositive(),
                    calls.handleSeconds());
        }
        if (calls.satisfactionCount() > 0) {
            counters(calls.key()).satisfactions(calls.satisfactionSum(), calls.satisfactionCount());
        }
        return this;
    }

    /**
     * A call's handle time: talk (ended − answered, hold included) plus wrap-up (wrap-up end − ended), each in
     * whole seconds and 0 when missing or negative. The grouped query of the KPI tally sums the same per call in SQL.
     */
    public static long handleSeconds(Instant answeredAt, Instant endedAt, Instant wrapUpEndedAt) {
        return seconds(answeredAt, endedAt) + seconds(endedAt, wrapUpEndedAt);
    }

    public WorkDay ticketOpened(TicketOpened ticket) {
        boolean fcr = !ticket.escalated() && ticket.resolvedAt() != null && ticket.openingWrapUpEndedAt() != null
                && !ticket.resolvedAt().isAfter(ticket.openingWrapUpEndedAt());
        counters(ticket.key()).ticketOpened(fcr, ticket.escalated());
        return this;
    }

    public WorkDay ticketResolved(TicketResolved ticket) {
        counters(ticket.key()).ticketResolved(Boolean.TRUE.equals(ticket.resolutionMet()));
        return this;
    }

    public WorkDay ticketReopened(TicketReopened ticket) {
        counters(ticket.key()).ticketReopened();
        return this;
    }

    public WorkDay appointment(AppointmentFact appointment) {
        if (appointment.bookedToday()) {
            counters(appointment.key()).appointmentBooked();
        }
        if (appointment.meetingToday() && appointment.occupies() && !appointment.startsAt().isAfter(now)) {
            counters(appointment.key()).appointmentDue(appointment.held());
        }
        return this;
    }

    public WorkDay sale(SaleFact sale) {
        counters(sale.key()).sale(sale.amount());
        return this;
    }

    public WorkDay surveyAnswer(SurveyAnswer answer) {
        counters(answer.key()).satisfaction(answer.satisfaction());
        counters(answer.key()).recommendation(answer.recommendation());
        return this;
    }

    public WorkDay statePeriod(StatePeriod period) {
        if (period.state() == AgentState.LOGGED_OUT) {
            return this;
        }
        Instant from = later(period.startedAt(), start);
        Instant until = earlier(period.endedAt() == null ? now : period.endedAt(), earlier(end, now));
        if (until.isAfter(from)) {
            long seconds = Duration.between(from, until).toSeconds();
            if (period.state() == AgentState.PAUSED) {
                PauseTime pause = period.pause() == null ? PauseTime.PLAIN : period.pause();
                counters(TallyKey.time(period.agentId())).paused(seconds, pause);
            } else {
                counters(TallyKey.time(period.agentId())).loggedIn(seconds, false);
            }
        }
        return this;
    }

    public WorkDay evaluation(EvaluationFact evaluation) {
        counters(evaluation.key()).evaluation(evaluation.scorePoints());
        return this;
    }

    public List<KpiTally> tallies() {
        List<KpiTally> rows = new ArrayList<>();
        tallies.forEach((key, counters) -> {
            KpiTally tally = new KpiTally(day, key);
            tally.getCounters().add(counters);
            rows.add(tally);
        });
        return rows;
    }

    private KpiCounters counters(TallyKey key) {
        return tallies.computeIfAbsent(key, k -> new KpiCounters());
    }

    private static Outcome outcomeOf(String outcome) {
        if (outcome == null) return null;
        try {
            return Outcome.valueOf(outcome);
        } catch (IllegalArgumentException notAnOutboundOutcome) {
            return null; // an attempt without a recognised outcome is still an attempt, never a contact
        }
    }

    private static long seconds(Instant from, Instant to) {
        return from == null || to == null || to.isBefore(from) ? 0 : Duration.between(from, to).toSeconds();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
