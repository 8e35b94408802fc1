package com.llamacloud_prod.api.errors;

/**
 * A transient failure that the SDK retries like an I/O error.
 *
 * <pre>{@code
 * throw new LlamaCloudRetryableException("upstream busy");
 * }</pre>
 */
public final class LlamaCloudRetryableException extends LlamaCloudException {

    public LlamaCloudRetryableException() {
        super();
    }

    public LlamaCloudRetryableException(String message) {
        super(message);
    }

    public LlamaCloudRetryableException(String message, Throwable cause) {
        super(message, cause);
    }
}
