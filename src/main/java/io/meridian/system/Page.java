package io.meridian.system;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a list answer: {@code page} counts from 0, {@code total} counts every match of the filters. */
public record Page<T>(
    @Schema(description = "this page's rows, newest first") List<T> items,
    @Schema(description = "the page number, from 0") int page,
    @Schema(description = "rows per page, as asked") int size,
    @Schema(description = "how many rows match the filters, over all pages") long total) {

    public <R> Page<R> map(java.util.function.Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total);
    }
}
