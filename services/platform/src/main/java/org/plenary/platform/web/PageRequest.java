package org.plenary.platform.web;

import io.quarkus.panache.common.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} and {@code size} query parameters of a list; use with {@code @BeanParam @Valid}. Both are
 * bounded, so that the offset ({@code page * size}) always fits an int: a page beyond the bound is a 400 naming
 * {@code page}, never an overflow.
 */
public class PageRequest {

    /** The last page a list serves: with at most {@link #MAX_SIZE} items a page, the offset stays far from overflow. */
    public static final int MAX_PAGE = 1_000_000;

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and " + MAX_PAGE)
    @Max(value = MAX_PAGE, message = "must be between 0 and " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and 100")
    @Max(value = MAX_SIZE, message = "must be between 1 and 100")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public Page toPanache() {
        return Page.of(page, size);
    }
}
