package dev.quire.ingest;

/**
 * A document that cannot be turned into text, with a reason fit to show the user
 * ("encrypted PDF", "empty file", "unsupported file type: .xyz", "corrupt PDF: ...").
 */
public class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParseException(String reason) {
        super(reason);
    }

    public ParseException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
