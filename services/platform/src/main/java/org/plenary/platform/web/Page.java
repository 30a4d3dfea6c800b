package org.plenary.platform.web;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the page's items
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many items all pages hold
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Runs a Panache query for one page (its items, then the total) and maps each item. */
    public static <E, R> Uni<Page<R>> of(PanacheQuery<E> query, PageRequest request, Function<E, R> mapper) {
        PanacheQuery<E> paged = query.page(request.toPanache());
        return paged.list()
                .chain(items -> paged.count()
                        .map(total ->
                                new Page<>(items.stream().map(mapper).toList(), request.page, request.size, total)));
    }
}
