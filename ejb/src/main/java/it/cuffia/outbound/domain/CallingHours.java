package it.cuffia.outbound.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a campaign's lead may be dialled: inside one of the campaign's windows for the weekday AND
 * inside the legal window of the date, both read in the lead's own time zone (the law protects the
 * person called, so 09:00 means 09:00 where the lead lives, not in Rome).
 */
public final class CallingHours {

    /** How far {@link #nextOpening} looks: a month covers any mix of weekends and holidays. */
    static final int SEARCH_DAYS = 31;

    private final Map<DayOfWeek, List<TimeWindow>> campaignWindows = new EnumMap<>(DayOfWeek.class);
    private final LegalCallingProfile profile;

    public CallingHours(List<CallingWindow> campaignWindows, LegalCallingProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        for (CallingWindow w : campaignWindows) {
            this.campaignWindows.computeIfAbsent(w.getDayOfWeek(), d -> new ArrayList<>()).add(w.window());
        }
        this.campaignWindows.replaceAll((day, windows) -> List.copyOf(windows));
    }

    public LegalCallingProfile getProfile() {
        return profile;
    }

    /** The intervals in which calls are allowed on that local date, sorted, overlapping ones merged. */
    public List<TimeWindow> windowsOn(LocalDate date) {
        Optional<TimeWindow> legal = profile.windowOn(date);
        if (legal.isEmpty()) {
            return List.of();
        }
        List<TimeWindow> allowed = campaignWindows.getOrDefault(date.getDayOfWeek(), List.of()).stream()
                .map(w -> w.intersect(legal.get()))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(TimeWindow::from))
                .toList();
        return merge(allowed);
    }

    public boolean allows(Instant at, ZoneId leadZone) {
        ZonedDateTime local = at.atZone(leadZone);
        LocalTime time = local.toLocalTime();
        return windowsOn(local.toLocalDate()).stream().anyMatch(w -> w.contains(time));
    }

    /**
     * {@code from} itself when allowed, otherwise the start of the next allowed interval within
     * {@value #SEARCH_DAYS} days; empty when the campaign never opens in that span.
     */
    public Optional<ZonedDateTime> nextOpening(Instant from, ZoneId leadZone) {
        if (allows(from, leadZone)) {
            return Optional.of(from.atZone(leadZone));
        }
        LocalDate first = from.atZone(leadZone).toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++) {
            LocalDate date = first.plusDays(i);
            for (TimeWindow w : windowsOn(date)) {
                Optional<ZonedDateTime> start = startOf(w, date, leadZone, from);
                if (start.isPresent()) {
                    return start;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first instant not before {@code notBefore} at which the window opens. A start in the
     * spring-forward gap moves to the end of the gap (still inside the window, or the window is
     * skipped); in the autumn overlap the repeated hour opens the window a second time.
     */
    private static Optional<ZonedDateTime> startOf(TimeWindow w, LocalDate date, ZoneId zone, Instant notBefore) {
        ZonedDateTime earlier = ZonedDateTime.of(date, w.from(), zone);
        for (ZonedDateTime start : List.of(earlier, earlier.withLaterOffsetAtOverlap())) {
            if (!start.toInstant().isBefore(notBefore)
                    && start.toLocalDate().equals(date)
                    && w.contains(start.toLocalTime())) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    private static List<TimeWindow> merge(List<TimeWindow> sorted) {
        List<TimeWindow> merged = new ArrayList<>();
        for (TimeWindow w : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !w.from().isAfter(merged.get(last).to())) {
                TimeWindow previous = merged.get(last);
                LocalTime end = w.to().isAfter(previous.to()) ? w.to() : previous.to();
                merged.set(last, new TimeWindow(previous.from(), end));
            } else {
                merged.add(w);
            }
        }
        return List.copyOf(merged);
    }
}
