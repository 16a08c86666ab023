package org.tgov.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a long list ({@value #ROWS} rows) and the GOV.UK pagination links to the others,
 * each keeping the list's filters. A page number that is not a number, or is beyond either end,
 * shows the nearest page rather than an error: such links come from old bookmarks and hand-edited
 * addresses, and the list itself is still worth showing.
 *
 * @param rows     this page's rows
 * @param page     this page's number, from 1
 * @param pages    how many pages there are (at least 1, even for an empty list)
 * @param total    how many rows the whole list has, across pages
 * @param first    the position of this page's first row in the list, from 1 (0 when the list is empty)
 * @param last     the position of this page's last row
 * @param previous the previous page's link, or null on the first page
 * @param next     the next page's link, or null on the last page
 * @param items    the numbered links: first, last, and this page's neighbours, with gaps (a null number)
 */
public record Pagination<T>(List<T> rows, int page, int pages, int total, int first, int last, String previous,
        String next, List<Item> items) {

    public static final int ROWS = 25;

    /** A numbered link; {@code number} is null for the "⋯" between runs of numbers. */
    public record Item(Integer number, String href, boolean current) {
    }

    /**
     * @param all       every row of the list, filtered and in order
     * @param requested the page asked for, as sent (may be null, blank or nonsense)
     * @param base      the list's address with its filters; each link adds {@code page} to it
     */
    public static <T> Pagination<T> of(List<T> all, String requested, UriComponentsBuilder base) {
        int pages = Math.max(1, (all.size() + ROWS - 1) / ROWS);
        int page = Math.min(pages, Math.max(1, number(requested)));
        int from = (page - 1) * ROWS;
        int to = Math.min(all.size(), from + ROWS);
        Function<Integer, String> href = n -> base.cloneBuilder().replaceQueryParam("page", n).build().encode().toUriString();
        List<Item> items = new ArrayList<>();
        if (pages > 1) {
            int previous = 0;
            for (int n = 1; n <= pages; n++) {
                if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                    if (previous != 0 && n - previous > 1) {
                        items.add(new Item(null, null, false));
                    }
                    items.add(new Item(n, href.apply(n), n == page));
                    previous = n;
                }
            }
        }
        return new Pagination<>(List.copyOf(all.subList(from, to)), page, pages, all.size(), all.isEmpty() ? 0 : from + 1,
                to, page > 1 ? href.apply(page - 1) : null, page < pages ? href.apply(page + 1) : null, List.copyOf(items));
    }

    private static int number(String requested) {
        if (requested == null || requested.isBlank() || requested.length() > 9 || !requested.strip().matches("[0-9]+")) {
            return 1;
        }
        return Integer.parseInt(requested.strip());
    }
}
