package dev.quire.ingest;

import java.util.Locale;

/** File names are only labels here: the extension is a type hint, never a path to open. */
final class FileNames {
    private FileNames() {
    }

    /** Lower-case extension with its dot (".pdf"), or "" when the name has none. */
    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        if (dot <= slash + 1 || dot == fileName.length() - 1) {
            return "";
        }
        return fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** What to call the type in an error: the extension, or else the media type. */
    static String describeType(String fileName, String mediaType) {
        String ext = extension(fileName);
        if (!ext.isEmpty()) {
            return ext;
        }
        return mediaType == null || mediaType.isBlank() ? "(no extension)" : mediaType;
    }
}
