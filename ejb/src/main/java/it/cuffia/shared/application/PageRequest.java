package it.cuffia.shared.application;

import it.cuffia.shared.domain.DomainException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a list screen or an API call asks for: a window of rows, a sort and filters by field name.
 * The names are the screen's; each service says which ones it accepts. {@link Total} says whether the
 * rows, the count of all matching rows, or both are wanted: a screen paging through a million rows
 * counts once per filter, not once per page. A count limit (0: none) bounds the count: at most
 * {@code countLimit} rows past the window's first are counted, and the page then says "more than"
 * ({@link Page#more()}) instead of reading every match of a filter that finds a million rows.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending,
                          Map<String, String> filters, Total total, int countLimit) implements Serializable {

    public static final int MAX_SIZE = 10_000;
    /** The count limit of the list screens at a million rows: "1–20 of more than 10,000". */
    public static final int COUNT_LIMIT = 10_000;

    /** What the caller wants back besides the window of rows. */
    public enum Total {
        /** The rows and the count of all matching rows. */
        ROWS_AND_COUNT,
        /** The rows only: the caller knows the count (it asked for it with the same filters); {@link Page#total()} is -1. */
        ROWS,
        /** The count only: no rows are read. */
        COUNT
    }

    public PageRequest {
        first = Math.max(0, first);
        size = Math.min(Math.max(1, size), MAX_SIZE);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        total = total == null ? Total.ROWS_AND_COUNT : total;
        countLimit = Math.max(0, countLimit);
    }

    public PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters, Total total) {
        this(first, size, sortField, ascending, filters, total, 0);
    }

    public PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {
        this(first, size, sortField, ascending, filters, Total.ROWS_AND_COUNT);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, Map.of());
    }

    public PageRequest filteredBy(String field, String value) {
        Map<String, String> copy = new HashMap<>(filters);
        copy.put(field, value);
        return new PageRequest(first, size, sortField, ascending, copy, total, countLimit);
    }

    /** The same request without one filter (one a service has read itself, e.g. a view's name). */
    public PageRequest withoutFilter(String field) {
        Map<String, String> copy = new HashMap<>(filters);
        copy.remove(field);
        return new PageRequest(first, size, sortField, ascending, copy, total, countLimit);
    }

    /**
     * A filter the service reads itself that takes one of a few values (a view's name, "true" or "false"): empty when
     * absent or blank; any other value is refused, naming the values it takes, never read as the default or as "no".
     */
    public Optional<String> choice(String field, List<String> allowed) {
        String value = filters.get(field);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String chosen = value.trim();
        if (!allowed.contains(chosen)) {
            throw new DomainException("error.filter.choice", field, chosen, String.join(", ", allowed));
        }
        return Optional.of(chosen);
    }

    /** The same request in this order when it names none. */
    public PageRequest sortedByDefault(String field, boolean ascendingByDefault) {
        return sortField != null ? this : new PageRequest(first, size, field, ascendingByDefault, filters, total, countLimit);
    }

    /** The same request counting at most {@code limit} rows past its first (0: every matching row). */
    public PageRequest countingUpTo(int limit) {
        return new PageRequest(first, size, sortField, ascending, filters, total, limit);
    }

    /**
     * How many matching rows a count reads at most: the window's first, the limit, and one more that tells "more
     * than" from "exactly"; {@link Long#MAX_VALUE} without a limit.
     */
    public long countBound() {
        return countLimit == 0 ? Long.MAX_VALUE : (long) first + countLimit + 1;
    }

    /** The page of these rows with the count of {@code found} matching rows, read up to {@link #countBound()}. */
    public <T> Page<T> page(java.util.List<T> items, long found) {
        return found >= countBound() ? new Page<>(items, countBound() - 1, true) : new Page<>(items, found);
    }

    public boolean wantsRows() {
        return total != Total.COUNT;
    }

    public boolean wantsCount() {
        return total != Total.ROWS;
    }
}
