package dev.quire.directories;

import java.util.List;
import java.util.Optional;

/** Filters of a directory listing (contract §5.2); {@code types} empty = every type. */
public record DirectoryQuery(boolean includeDeleted, Optional<String> name, List<String> types) {
    public DirectoryQuery {
        types = List.copyOf(types);
    }

    public List<String> filters() {
        return List.of(Boolean.toString(includeDeleted), name.orElse("\u0000"), String.join("\u0001", types));
    }
}
