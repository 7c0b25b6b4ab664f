package io.meridian.system;

import java.util.List;

/** One page of a list answer: {@code page} counts from 0, {@code total} counts every match of the filters. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(java.util.function.Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total);
    }
}
