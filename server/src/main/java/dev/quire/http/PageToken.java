package dev.quire.http;

import dev.quire.errors.ApiException;
import dev.quire.paging.PagePosition;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Opaque keyset page tokens: the last item's sort key and id, bound to the filters of the query
 * that produced it, so a token reused with other filters is refused instead of skipping rows.
 */
public final class PageToken {
    private static final String VERSION = "v1";

    private PageToken() {}

    public static String encode(List<String> filters, String sortKey, String id) {
        String raw = String.join("\n", VERSION, filterHash(filters), sortKey, id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static PagePosition decode(String token, List<String> filters) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !filterHash(filters).equals(parts[1])) {
            throw invalid();
        }
        return new PagePosition(parts[2], parts[3]);
    }

    private static String filterHash(List<String> filters) {
        return Integer.toHexString(Objects.hash(filters.toArray()));
    }

    private static ApiException invalid() {
        return new ApiException.BadRequest("Invalid page_token");
    }
}
