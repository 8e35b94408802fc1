package dev.quire.errors;

/**
 * The one unchecked exception family of the server. Each subclass carries its HTTP status; the HTTP
 * layer maps it to the API's error body ({@code {"detail": ...}}) in one place.
 */
public class ApiException extends RuntimeException {
    private final int status;

    protected ApiException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The value of the error body's {@code detail}: a string, or a list of field errors for 422. */
    public Object detail() {
        return getMessage();
    }

    public static final class BadRequest extends ApiException {
        public BadRequest(String detail) {
            super(400, detail);
        }
    }

    public static final class Unauthorized extends ApiException {
        public Unauthorized(String detail) {
            super(401, detail);
        }
    }

    public static final class Forbidden extends ApiException {
        public Forbidden(String detail) {
            super(403, detail);
        }
    }

    public static final class NotFound extends ApiException {
        public NotFound(String detail) {
            super(404, detail);
        }
    }

    /** Every 409 is a logical conflict that a retry cannot fix; the HTTP layer adds x-should-retry: false. */
    public static final class Conflict extends ApiException {
        public Conflict(String detail) {
            super(409, detail);
        }
    }

    /** A service Quire depends on (a reranker, an LLM) failed. */
    /** 503: the server is shutting down; the client may retry (against another instance). */
    public static final class Unavailable extends ApiException {
        public Unavailable(String detail) {
            super(503, detail);
        }
    }

    /**
     * 503: the server is saturated (too many requests waiting for search capacity, or one waited too
     * long); the client should retry after a moment, and the HTTP layer says so with Retry-After.
     */
    public static final class TooBusy extends ApiException {
        public TooBusy(String detail) {
            super(503, detail);
        }
    }

    public static final class BadGateway extends ApiException {
        public BadGateway(String detail) {
            super(502, detail);
        }
    }

    public static final class PayloadTooLarge extends ApiException {
        public PayloadTooLarge(String detail) {
            super(413, detail);
        }
    }
}
