package it.cuffia.kpi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The raw counts behind every KPI (numerators and denominators, seconds, revenue). Counts add up
 * across days, agents, campaigns and clients; ratios never do, so they are computed only at the
 * end, from the summed counts. A ratio whose denominator is zero has no value.
 */
@Embeddable
public class KpiCounters implements Serializable {

    @Column(name = "calls_handled") private long callsHandled;
    @Column(name = "inbound_handle_seconds") private long inboundHandleSeconds;
    @Column(name = "tickets_opened") private long ticketsOpened;
    @Column(name = "tickets_first_contact") private long ticketsFirstContact;
    @Column(name = "tickets_escalated") private long ticketsEscalated;
    @Column(name = "tickets_resolved") private long ticketsResolved;
    @Column(name = "tickets_resolved_in_sla") private long ticketsResolvedInSla;
    @Column(name = "tickets_reopened") private long ticketsReopened;
    @Column(name = "csat_sum") private long csatSum;
    @Column(name = "csat_count") private long csatCount;
    @Column(name = "nps_promoters") private long npsPromoters;
    @Column(name = "nps_detractors") private long npsDetractors;
    @Column(name = "nps_count") private long npsCount;
    @Column(name = "attempts") private long attempts;
    @Column(name = "contacts") private long contacts;
    @Column(name = "conversions") private long conversions;
    @Column(name = "appointments_booked") private long appointmentsBooked;
    @Column(name = "appointments_due") private long appointmentsDue;
    @Column(name = "appointments_held") private long appointmentsHeld;
    @Column(name = "sales") private long sales;
    @Column(name = "revenue", precision = 14, scale = 2) private BigDecimal revenue = BigDecimal.ZERO.setScale(2);
    @Column(name = "logged_seconds") private long loggedSeconds;
    @Column(name = "available_seconds") private long availableSeconds;
    @Column(name = "work_seconds") private long workSeconds;
    /** Sum of the evaluations' scores in hundredths of a percent (87,50 % = 8750). */
    @Column(name = "quality_points") private long qualityPoints;
    @Column(name = "quality_count") private long qualityCount;

    /** The counters' columns in kpi_tally and kpi_result, in the order of {@link #counts()} and {@link #of}. */
    public static final List<String> COLUMNS = List.of("calls_handled", "inbound_handle_seconds", "tickets_opened",
            "tickets_first_contact", "tickets_escalated", "tickets_resolved", "tickets_resolved_in_sla", "tickets_reopened",
            "csat_sum", "csat_count", "nps_promoters", "nps_detractors", "nps_count", "attempts", "contacts", "conversions",
            "appointments_booked", "appointments_due", "appointments_held", "sales", "revenue", "logged_seconds",
            "available_seconds", "work_seconds", "quality_points", "quality_count");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    /** {@code count} inbound calls answered by the agent, with their summed handle time. */
    public void inboundCalls(long count, long handleSeconds) {
        callsHandled += count;
        inboundHandleSeconds += handleSeconds;
        workSeconds += handleSeconds;
    }

    /** {@code count} outbound calls of one outcome, with their summed handle time (the agent's work). */
    public void outboundAttempts(long count, boolean contact, boolean conversion, long handleSeconds) {
        attempts += count;
        contacts += contact ? count : 0;
        conversions += conversion ? count : 0;
        workSeconds += handleSeconds;
    }

    /** {@code count} satisfaction scores adding up to {@code sum}. */
    public void satisfactions(long sum, long count) {
        csatSum += sum;
        csatCount += count;
    }

    /** An outbound call placed; answered ones add their handle time to the agent's work. */
    public void outboundAttempt(boolean contact, boolean conversion, long handleSeconds) {
        outboundAttempts(1, contact, conversion, handleSeconds);
    }

    public void satisfaction(int score) {
        csatSum += score;
        csatCount++;
    }

    /** A customer's answer to "would you recommend us?" (0-10): 9-10 promote, 0-6 detract, 7-8 are passive. */
    public void recommendation(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("recommendation " + score);
        }
        npsPromoters += score >= 9 ? 1 : 0;
        npsDetractors += score <= 6 ? 1 : 0;
        npsCount++;
    }

    public void ticketOpened(boolean firstContactResolution, boolean escalated) {
        ticketsOpened++;
        ticketsFirstContact += firstContactResolution ? 1 : 0;
        ticketsEscalated += escalated ? 1 : 0;
    }

    public void ticketResolved(boolean withinSla) {
        ticketsResolved++;
        ticketsResolvedInSla += withinSla ? 1 : 0;
    }

    public void ticketReopened() {
        ticketsReopened++;
    }

    public void appointmentBooked() {
        appointmentsBooked++;
    }

    /** An appointment whose meeting time has come: due; held when the sales person said so. */
    public void appointmentDue(boolean held) {
        appointmentsDue++;
        appointmentsHeld += held ? 1 : 0;
    }

    public void sale(BigDecimal amount) {
        sales++;
        revenue = revenue.add(amount);
    }

    public void loggedIn(long seconds, boolean paused) {
        loggedSeconds += seconds;
        availableSeconds += paused ? 0 : seconds;
    }

    /** A pause, by its code's flags: logged when paid; available and occupied (work) when productive. */
    public void paused(long seconds, it.cuffia.contact.domain.PauseTime pause) {
        loggedSeconds += pause.logged() ? seconds : 0;
        availableSeconds += pause.available() ? seconds : 0;
        workSeconds += pause.occupied() ? seconds : 0;
    }

    /** A quality evaluation with its current score in hundredths of a percent. */
    public void evaluation(long scorePoints) {
        qualityPoints += scorePoints;
        qualityCount++;
    }

    /** Adds another tally's counts to these. */
    public KpiCounters add(KpiCounters other) {
        callsHandled += other.callsHandled;
        inboundHandleSeconds += other.inboundHandleSeconds;
        ticketsOpened += other.ticketsOpened;
        ticketsFirstContact += other.ticketsFirstContact;
        ticketsEscalated += other.ticketsEscalated;
        ticketsResolved += other.ticketsResolved;
        ticketsResolvedInSla += other.ticketsResolvedInSla;
        ticketsReopened += other.ticketsReopened;
        csatSum += other.csatSum;
        csatCount += other.csatCount;
        npsPromoters += other.npsPromoters;
        npsDetractors += other.npsDetractors;
        npsCount += other.npsCount;
        attempts += other.attempts;
        contacts += other.contacts;
        conversions += other.conversions;
        appointmentsBooked += other.appointmentsBooked;
        appointmentsDue += other.appointmentsDue;
        appointmentsHeld += other.appointmentsHeld;
        sales += other.sales;
        revenue = revenue.add(other.revenue);
        loggedSeconds += other.loggedSeconds;
        availableSeconds += other.availableSeconds;
        workSeconds += other.workSeconds;
        qualityPoints += other.qualityPoints;
        qualityCount += other.qualityCount;
        return this;
    }

    /** The counts as stored, in the order of {@link #COLUMNS}: whole numbers as Long, the revenue as BigDecimal. */
    public Object[] counts() {
        return new Object[] {callsHandled, inboundHandleSeconds, ticketsOpened, ticketsFirstContact, ticketsEscalated, ticketsResolved,
                ticketsResolvedInSla, ticketsReopened, csatSum, csatCount, npsPromoters, npsDetractors, npsCount, attempts, contacts,
                conversions, appointmentsBooked, appointmentsDue, appointmentsHeld, sales, revenue, loggedSeconds, availableSeconds,
                workSeconds, qualityPoints, qualityCount};
    }

    /** Counts read back from {@code row} (as a query returns {@link #COLUMNS} or their sums), starting at {@code from}. */
    public static KpiCounters of(Object[] row, int from) {
        KpiCounters c = new KpiCounters();
        long[] n = new long[COLUMNS.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = row[from + i] == null || i == 20 ? 0 : ((Number) row[from + i]).longValue();
        }
        c.callsHandled = n[0];
        c.inboundHandleSeconds = n[1];
        c.ticketsOpened = n[2];
        c.ticketsFirstContact = n[3];
        c.ticketsEscalated = n[4];
        c.ticketsResolved = n[5];
        c.ticketsResolvedInSla = n[6];
        c.ticketsReopened = n[7];
        c.csatSum = n[8];
        c.csatCount = n[9];
        c.npsPromoters = n[10];
        c.npsDetractors = n[11];
        c.npsCount = n[12];
        c.attempts = n[13];
        c.contacts = n[14];
        c.conversions = n[15];
        c.appointmentsBooked = n[16];
        c.appointmentsDue = n[17];
        c.appointmentsHeld = n[18];
        c.sales = n[19];
        Object revenue = row[from + 20];
        c.revenue = revenue == null ? BigDecimal.ZERO.setScale(2)
                : (revenue instanceof BigDecimal money ? money : new BigDecimal(revenue.toString())).setScale(2, RoundingMode.HALF_EVEN);
        c.loggedSeconds = n[21];
        c.availableSeconds = n[22];
        c.workSeconds = n[23];
        c.qualityPoints = n[24];
        c.qualityCount = n[25];
        return c;
    }

    public KpiCounters copy() {
        return new KpiCounters().add(this);
    }

    /** The KPI's value, scaled half-even as it is shown; empty when its denominator is zero. */
    public Optional<BigDecimal> value(Kpi kpi) {
        return switch (kpi) {
            case CALLS_HANDLED -> count(callsHandled);
            case AHT -> ratio(inboundHandleSeconds, callsHandled, BigDecimal.ONE, kpi);
            case FCR -> ratio(ticketsFirstContact, ticketsOpened, HUNDRED, kpi);
            case ESCALATION_RATE -> ratio(ticketsEscalated, ticketsOpened, HUNDRED, kpi);
            case SLA_COMPLIANCE -> ratio(ticketsResolvedInSla, ticketsResolved, HUNDRED, kpi);
            case REOPEN_RATE -> ratio(ticketsReopened, ticketsResolved, HUNDRED, kpi);
            case CSAT -> csat(csatSum, csatCount);
            case NPS -> nps(npsPromoters, npsDetractors, npsCount);
            case ATTEMPTS -> count(attempts);
            case CONTACTS -> count(contacts);
            case CONTACT_RATE -> ratio(contacts, attempts, HUNDRED, kpi);
            case CONVERSION_RATE -> ratio(conversions, contacts, HUNDRED, kpi);
            case APPOINTMENTS_PER_HOUR -> ratio(appointmentsBooked, loggedSeconds, HOUR, kpi);
            case SHOW_RATE -> ratio(appointmentsHeld, appointmentsDue, HUNDRED, kpi);
            case REVENUE -> Optional.of(revenue.setScale(2, RoundingMode.HALF_EVEN));
            case OCCUPANCY -> ratio(workSeconds, availableSeconds, HUNDRED, kpi);
            case QUALITY -> ratio(qualityPoints, qualityCount, HUNDREDTH, kpi);
        };
    }

    /** CSAT: the mean satisfaction score (1-5) of {@code count} answers adding up to {@code sum}. */
    public static Optional<BigDecimal> csat(long sum, long count) {
        return ratio(sum, count, BigDecimal.ONE, Kpi.CSAT);
    }

    /** NPS: % promoters (9-10) − % detractors (0-6) of {@code count} answers, from −100 to 100. */
    public static Optional<BigDecimal> nps(long promoters, long detractors, long count) {
        return ratio(promoters - detractors, count, HUNDRED, Kpi.NPS);
    }

    public Map<Kpi, Optional<BigDecimal>> values() {
        Map<Kpi, Optional<BigDecimal>> values = new EnumMap<>(Kpi.class);
        for (Kpi kpi : Kpi.values()) {
            values.put(kpi, value(kpi));
        }
        return values;
    }

    private static Optional<BigDecimal> count(long value) {
        return Optional.of(BigDecimal.valueOf(value));
    }

    private static Optional<BigDecimal> ratio(long numerator, long denominator, BigDecimal factor, Kpi kpi) {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(factor)
                .divide(BigDecimal.valueOf(denominator), kpi.kind().scale(), RoundingMode.HALF_EVEN));
    }

    public boolean isEmpty() {
        return equalsCounts(new KpiCounters());
    }

    private boolean equalsCounts(KpiCounters o) {
        return callsHandled == o.callsHandled && inboundHandleSeconds == o.inboundHandleSeconds && ticketsOpened == o.ticketsOpened
                && ticketsFirstContact == o.ticketsFirstContact && ticketsEscalated == o.ticketsEscalated
                && ticketsResolved == o.ticketsResolved && ticketsResolvedInSla == o.ticketsResolvedInSla
                && ticketsReopened == o.ticketsReopened && csatSum == o.csatSum && csatCount == o.csatCount
                && npsPromoters == o.npsPromoters && npsDetractors == o.npsDetractors && npsCount == o.npsCount
                && attempts == o.attempts && contacts == o.contacts && conversions == o.conversions
                && appointmentsBooked == o.appointmentsBooked && appointmentsDue == o.appointmentsDue
                && appointmentsHeld == o.appointmentsHeld && sales == o.sales && revenue.compareTo(o.revenue) == 0
                && loggedSeconds == o.loggedSeconds && availableSeconds == o.availableSeconds && workSeconds == o.workSeconds
                && qualityPoints == o.qualityPoints && qualityCount == o.qualityCount;
    }

    public long getCallsHandled() { return callsHandled; }
    public long getTicketsResolved() { return ticketsResolved; }
    public long getContacts() { return contacts; }
    public long getConversions() { return conversions; }
    public long getAppointmentsBooked() { return appointmentsBooked; }
    public long getAppointmentsHeld() { return appointmentsHeld; }
    public long getSales() { return sales; }
    public BigDecimal getRevenue() { return revenue; }
    public long getLoggedSeconds() { return loggedSeconds; }
    public long getAttempts() { return attempts; }
    public long getQualityCount() { return qualityCount; }
}
