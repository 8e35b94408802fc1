package dev.quire.ingest;

/** An embedding service failed: unreachable, or answered with an error or a malformed body. */
public class EmbeddingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EmbeddingException(String message) {
        super(message);
    }

    public EmbeddingException(String message, Throwable cause) {
        super(message, cause);
    }
}
