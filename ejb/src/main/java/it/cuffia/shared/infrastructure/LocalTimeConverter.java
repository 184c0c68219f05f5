package it.cuffia.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Time;
import java.time.LocalTime;

/**
 * Times of day (a client's or a sales person's hours, a campaign's calling windows) are bound as SQL {@code time}.
 * The EclipseLink in Payara 6 binds a {@link LocalTime} in the condition that deletes one element of a collection
 * as the timestamp {@code 1970-01-01 18:00}, which H2 never finds equal to the time {@code 18:00}: a removed or
 * changed window stayed in the table beside its replacement.
 */
@Converter(autoApply = true)
public class LocalTimeConverter implements AttributeConverter<LocalTime, Time> {

    @Override
    public Time convertToDatabaseColumn(LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }

    @Override
    public LocalTime convertToEntityAttribute(Time value) {
        return value == null ? null : value.toLocalTime();
    }
}
