package it.cuffia.shared.application;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What a list screen or an API call asks for: a window of rows, a sort and filters by field name.
 * The names are the screen's; each service says which ones it accepts. {@link Total} says whether the
 * rows, the count of all matching rows, or both are wanted: a screen paging through a million rows
 * counts once per filter, not once per page.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending,
                          Map<String, String> filters, Total total) implements Serializable {

    public static final int MAX_SIZE = 10_000;

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
        return new PageRequest(first, size, sortField, ascending, copy, total);
    }

    /** The same request without one filter (one a service has read itself, e.g. a view's name). */
    public PageRequest withoutFilter(String field) {
        Map<String, String> copy = new HashMap<>(filters);
        copy.remove(field);
        return new PageRequest(first, size, sortField, ascending, copy, total);
    }

    /** The same request in this order when it names none. */
    public PageRequest sortedByDefault(String field, boolean ascendingByDefault) {
        return sortField != null ? this : new PageRequest(first, size, field, ascendingByDefault, filters, total);
    }

    public boolean wantsRows() {
        return total != Total.COUNT;
    }

    public boolean wantsCount() {
        return total != Total.ROWS;
    }
}
