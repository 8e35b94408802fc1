package com.llamacloud_prod.api.errors;

/**
 * The server answered 2xx but a field is missing or has an unexpected type. Thrown lazily, by the
 * accessor of the offending field, so unrelated fields stay readable.
 *
 * <pre>{@code
 * try {
 *     String id = session.sessionId();
 * } catch (LlamaCloudInvalidDataException e) {
 *     // "`session_id` is not present"
 * }
 * }</pre>
 */
public final class LlamaCloudInvalidDataException extends LlamaCloudException {

    public LlamaCloudInvalidDataException(String message) {
        super(message);
    }

    public LlamaCloudInvalidDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
