package com.llamacloud_prod.api.errors;

/**
 * The request could not be completed at the network level (connection refused, reset, time-out),
 * after all retries were used up.
 *
 * <pre>{@code
 * try {
 *     client.beta().chat().list();
 * } catch (LlamaCloudIoException e) {
 *     // e.getCause() is the underlying IOException
 * }
 * }</pre>
 */
public final class LlamaCloudIoException extends LlamaCloudException {

    public LlamaCloudIoException() {
        super();
    }

    public LlamaCloudIoException(String message) {
        super(message);
    }

    public LlamaCloudIoException(String message, Throwable cause) {
        super(message, cause);
    }
}
