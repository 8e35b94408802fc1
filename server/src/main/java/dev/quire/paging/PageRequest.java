package dev.quire.paging;

import java.util.Optional;

/**
 * A request for one page: how many items, and where the previous page stopped (decoded from the
 * opaque token). Stores fetch {@code size + 1} rows to learn whether another page exists.
 */
public record PageRequest(int size, Optional<PagePosition> after) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size out of range: " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, Optional.empty());
    }
}
