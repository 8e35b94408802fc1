package com.llamacloud_prod.api.errors;

/**
 * Base of every exception thrown by the SDK.
 *
 * <pre>{@code
 * try {
 *     client.beta().chat().retrieve("ses-123");
 * } catch (NotFoundException e) {
 *     // the session does not exist (or belongs to another project)
 * } catch (LlamaCloudException e) {
 *     // any other SDK failure: HTTP status, I/O, unexpected response data
 * }
 * }</pre>
 */
public class LlamaCloudException extends RuntimeException {

    public LlamaCloudException() {
        super();
    }

    public LlamaCloudException(String message) {
        super(message);
    }

    public LlamaCloudException(String message, Throwable cause) {
        super(message, cause);
    }
}
