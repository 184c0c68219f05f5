package it.cuffia.appointments.domain;

import it.cuffia.shared.domain.DomainException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key by which an agent picks a free slot ("salesUserId@epochSecond", as the slot list gives it).
 * A key that is not one — a number that overflows, an instant outside time — is refused here with
 * {@code appointment.slot.unknown}, never by a NumberFormatException further on.
 */
public record SlotKey(long salesUserId, Instant start) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18})@(\\d{1,18})");

    /** A blank key is {@code appointment.slot.required}; one of another form, {@code appointment.slot.unknown}. */
    public static SlotKey parse(String key) {
        if (key == null || key.isBlank()) {
            throw new DomainException("appointment.slot.required");
        }
        Matcher parts = FORM.matcher(key.strip());
        if (!parts.matches()) {
            throw new DomainException("appointment.slot.unknown", key);
        }
        try {
            return new SlotKey(Long.parseLong(parts.group(1)), Instant.ofEpochSecond(Long.parseLong(parts.group(2))));
        } catch (DateTimeException outsideTime) {
            throw new DomainException("appointment.slot.unknown", key);
        }
    }

    @Override
    public String toString() {
        return salesUserId + "@" + start.getEpochSecond();
    }
}
