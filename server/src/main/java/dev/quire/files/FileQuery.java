package dev.quire.files;

import java.util.List;
import java.util.Optional;

/** The filters and order of a file listing (contract §4.2); all filters are ANDed, empty = no filter. */
public record FileQuery(Optional<String> externalFileId, List<String> fileIds, Optional<String> fileName, Order order) {
    /** {@code name} and {@code id} ascending, {@code created_at} newest first, as the contract fixes them. */
    public enum Order { NAME, ID, CREATED_AT }

    public FileQuery {
        fileIds = List.copyOf(fileIds);
    }

    public static FileQuery all() {
        return new FileQuery(Optional.empty(), List.of(), Optional.empty(), Order.CREATED_AT);
    }

    /** What a page token is bound to: a token from one query is refused by another. */
    public List<String> filters() {
        return List.of(externalFileId.orElse("\u0000"), String.join("\u0001", fileIds),
                fileName.orElse("\u0000"), order.name());
    }
}
