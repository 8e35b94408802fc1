package dev.quire.http;

import java.util.List;

/**
 * The cursor-page envelope shared by every list endpoint. {@code nextPageToken} is null on the
 * last page, never "" (the Java SDK would loop on an empty token).
 */
public record Page<T>(List<T> items, String nextPageToken, Integer totalSize) {
    public Page {
        items = List.copyOf(items);
        if (nextPageToken != null && nextPageToken.isEmpty()) {
            throw new IllegalArgumentException("next_page_token must be null or non-empty");
        }
    }
}
