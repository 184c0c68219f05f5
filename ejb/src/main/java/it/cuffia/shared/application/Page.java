package it.cuffia.shared.application;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One window of a longer list, and how long the whole list is (-1: not counted, as the request asked). */
public record Page<T>(List<T> items, long total) implements Serializable {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }
}
