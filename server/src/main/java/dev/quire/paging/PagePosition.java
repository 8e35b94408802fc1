package dev.quire.paging;

import dev.quire.errors.ApiException;

/**
 * Where a page ended: the sort key (a number such as epoch micros, or text) and the id. A client
 * can send any token it likes: the typed accessors refuse a sort key that is not
 * what the list's order needs, with the same 400 as an undecodable token.
 */
public record PagePosition(String sortKey, String id) {
    /** The sort key of a list ordered by a timestamp. */
    public long numericSortKey() {
        try {
            return Long.parseLong(sortKey);
        } catch (NumberFormatException e) {
            throw new ApiException.BadRequest("Invalid page_token");
        }
    }

    /** The sort key of a list ordered by position in a text: a char offset, at least 0. */
    public int offset() {
        try {
            int offset = Integer.parseInt(sortKey);
            if (offset < 0) {
                throw new ApiException.BadRequest("Invalid page_token");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new ApiException.BadRequest("Invalid page_token");
        }
    }
}
