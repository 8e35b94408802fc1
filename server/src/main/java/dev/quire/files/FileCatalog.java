package dev.quire.files;

import dev.quire.storage.PresignedUrl;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * Files as other features see them: look one up, read its bytes, link to it, and (for uploads that
 * create a file together with something else) store a file in two steps inside the caller's transaction.
 *
 * <pre>{@code
 * StoredFile file = catalog.find(projectId, fileId).orElseThrow();
 * try (InputStream in = catalog.open(file)) { parser.parse(in, file.name()); }
 *
 * StoredFile staged = catalog.stage(projectId, new NewFile(name, "user_data", Optional.empty(), bytes));
 * try {
 *     transactions.inTransaction(() -> { catalog.insert(staged); ...; return null; });
 * } catch (RuntimeException e) {
 *     catalog.discard(staged);
 *     throw e;
 * }
 * }</pre>
 */
public interface FileCatalog {
    /** A live (not deleted) file of the project. */
    Optional<StoredFile> find(String projectId, String fileId);

    /** The file's bytes; the caller closes the stream. */
    InputStream open(StoredFile file);

    /** Stores the bytes and returns the file row to insert; nothing is visible until {@link #insert}. */
    StoredFile stage(String projectId, NewFile file);

    /** Inserts a staged file (joins the caller's transaction when called inside one). */
    void insert(StoredFile staged);

    /** Removes the bytes of a staged file that was never inserted. */
    void discard(StoredFile staged);

    /** A presigned link to the file's bytes, valid for {@code ttl}. */
    PresignedUrl downloadUrl(StoredFile file, Duration ttl);
}
