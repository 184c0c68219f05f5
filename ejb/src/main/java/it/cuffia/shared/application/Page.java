package it.cuffia.shared.application;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One window of a longer list, and how long the whole list is (-1: not counted, as the request asked). With
 * {@code more}, the count stopped at the request's limit ({@link PageRequest#countLimit()}): the list holds more
 * than {@code total} rows.
 */
public record Page<T>(List<T> items, long total, boolean more) implements Serializable {

    public Page(List<T> items, long total) {
        this(items, total, false);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, more);
    }
}
