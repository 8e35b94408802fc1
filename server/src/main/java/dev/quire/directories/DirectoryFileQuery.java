package dev.quire.directories;

import java.util.List;
import java.util.Optional;

/** Filters of a directory-file listing (contract §6.2); bounds are inclusive epoch microseconds. */
public record DirectoryFileQuery(
        String directoryId,
        Optional<String> displayName,
        Optional<String> displayNameContains,
        Optional<String> fileId,
        boolean includeDeleted,
        Optional<String> uniqueId,
        Optional<Long> updatedOnOrAfter,
        Optional<Long> updatedOnOrBefore) {

    /** Every live entry of the directory. */
    public static DirectoryFileQuery live(String directoryId) {
        return new DirectoryFileQuery(directoryId, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public List<String> filters() {
        return List.of(directoryId, displayName.orElse("\u0000"), displayNameContains.orElse("\u0000"),
                fileId.orElse("\u0000"), Boolean.toString(includeDeleted), uniqueId.orElse("\u0000"),
                String.valueOf(updatedOnOrAfter.orElse(null)), String.valueOf(updatedOnOrBefore.orElse(null)));
    }
}
