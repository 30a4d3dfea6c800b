package org.plenary.portal.page;

import java.util.LinkedHashMap;
import java.util.Map;
import org.plenary.portal.web.Links;

/**
 * Where a paged list stands: page {@code page} (from 1) of {@code pages}, and the links to the pages either side
 * (null where there is none), keeping the list's other query parameters.
 */
public record Paging(int page, int pages, String previous, String next) {

    public static Paging of(String path, Map<String, ?> query, int page, int size, long total) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        return new Paging(
                current,
                pages,
                current > 1 ? link(path, query, current - 1) : null,
                current < pages ? link(path, query, current + 1) : null);
    }

    private static String link(String path, Map<String, ?> query, int page) {
        Map<String, Object> parameters = new LinkedHashMap<>(query);
        parameters.put("page", page);
        return Links.withQuery(path, parameters);
    }

    public boolean several() {
        return pages > 1;
    }
}
