package it.cuffia.quality.domain;

import it.cuffia.shared.domain.Zones;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The ISO week (Monday to Sunday, Europe/Rome) whose interactions a supervisor samples: {@link #PER_AGENT} answered
 * interactions per agent picked by a hash of the interaction's id and the week ({@link #seed}), so the list is the
 * same on every reload and different every week, plus every interaction that opened a complaint.
 */
public record SamplingWeek(LocalDate monday) implements Serializable {

    public static final int PER_AGENT = 2;
    /** The hash: (id × MULTIPLIER + seed) mod MODULUS, a multiplicative hash that stays within a bigint for any id. */
    public static final long MULTIPLIER = 2_654_435_761L;
    public static final long MODULUS = 4_294_967_291L;

    public SamplingWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("not a Monday: " + monday);
        }
    }

    public static SamplingWeek of(LocalDate day) {
        return new SamplingWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public Instant start() {
        return monday.atStartOfDay(Zones.ROME).toInstant();
    }

    public Instant end() {
        return monday.plusWeeks(1).atStartOfDay(Zones.ROME).toInstant();
    }

    public long seed() {
        return monday.toEpochDay() * 40_503L;
    }

    /** Where an interaction falls in this week's random order (what the SQL computes). */
    public long rank(long interactionId) {
        return Math.floorMod(interactionId * MULTIPLIER + seed(), MODULUS);
    }

    public SamplingWeek previous() {
        return new SamplingWeek(monday.minusWeeks(1));
    }

    public SamplingWeek next() {
        return new SamplingWeek(monday.plusWeeks(1));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** "2026-W49". */
    public String label() {
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
