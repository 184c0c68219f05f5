package it.cuffia.shared.infrastructure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;

/** Values crossing native SQL: what drivers hand back, and what they are given. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamp as the JDBC driver hands it back (PostgreSQL: Timestamp; H2: OffsetDateTime). */
    public static Instant instant(Object value) {
        if (value == null) return null;
        if (value instanceof java.sql.Timestamp timestamp) return timestamp.toInstant();
        if (value instanceof OffsetDateTime odt) return odt.toInstant();
        if (value instanceof Instant instant) return instant;
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    /** An instant as a timestamp-with-time-zone parameter. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Ids written into an IN list (native queries do not expand collection parameters); never empty. */
    public static String idList(Collection<Long> ids) {
        return ids.isEmpty() ? "-1" : ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
    }

    public static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
