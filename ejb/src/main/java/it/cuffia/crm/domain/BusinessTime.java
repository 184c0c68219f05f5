package it.cuffia.crm.domain;

import it.cuffia.shared.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Counting time in a client's business hours: SLA deadlines stop in the evening, at the weekend,
 * on national holidays and on the client's closures, in the client's time zone.
 */
public final class BusinessTime {

    /** A deadline never looks further than this: a client with no hours at all is an error. */
    private static final int MAX_DAYS = 400;

    private BusinessTime() {
    }

    /** The instant when {@code amount} of business time has passed after {@code start}. */
    public static Instant after(Client client, Instant start, Duration amount) {
        if (client.getBusinessHours().isEmpty()) {
            throw new DomainException("client.hours.none", client.getName());
        }
        ZonedDateTime cursor = start.atZone(client.zone());
        long remaining = amount.toSeconds();
        for (int day = 0; day <= MAX_DAYS; day++) {
            LocalDate date = cursor.toLocalDate();
            if (client.isWorkingDay(date)) {
                for (BusinessHours hours : hoursOf(client, date)) {
                    LocalTime from = max(hours.getOpensAt(), day == 0 ? cursor.toLocalTime() : LocalTime.MIN);
                    if (!from.isBefore(hours.getClosesAt())) {
                        continue;
                    }
                    long available = Duration.between(from, hours.getClosesAt()).toSeconds();
                    if (remaining <= available) {
                        return date.atTime(from).plusSeconds(remaining).atZone(client.zone()).toInstant();
                    }
                    remaining -= available;
                }
            }
            cursor = date.plusDays(1).atStartOfDay(client.zone());
        }
        throw new DomainException("client.hours.none", client.getName());
    }

    private static List<BusinessHours> hoursOf(Client client, LocalDate date) {
        return client.getBusinessHours().stream()
                .filter(h -> h.getDayOfWeek() == date.getDayOfWeek())
                .sorted(Comparator.comparing(BusinessHours::getOpensAt))
                .toList();
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }
}
