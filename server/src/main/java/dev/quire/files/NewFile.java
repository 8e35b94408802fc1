package dev.quire.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * A file about to be stored. The name is reduced to its last path segment (some clients send
 * {@code C:\dir\a.pdf}); a missing name becomes {@code unknown_file}, as the TS SDK does.
 */
public record NewFile(String name, String purpose, Optional<String> externalFileId, InputStream content) {
    public NewFile {
        name = baseName(name);
    }

    static String baseName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
        return base.isEmpty() ? "unknown_file" : base;
    }
}
