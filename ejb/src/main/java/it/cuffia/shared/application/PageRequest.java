package it.cuffia.shared.application;

import java.io.Serializable;
import java.util.Map;

/**
 * What a list screen or an API call asks for: a window of rows, a sort and filters by field name.
 * The names are the screen's; each service says which ones it accepts.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending,
                          Map<String, String> filters) implements Serializable {

    public static final int MAX_SIZE = 10_000;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.min(Math.max(1, size), MAX_SIZE);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, Map.of());
    }

    public PageRequest filteredBy(String field, String value) {
        java.util.Map<String, String> copy = new java.util.HashMap<>(filters);
        copy.put(field, value);
        return new PageRequest(first, size, sortField, ascending, copy);
    }
}
