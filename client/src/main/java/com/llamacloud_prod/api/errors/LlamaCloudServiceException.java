package com.llamacloud_prod.api.errors;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.http.Headers;

/**
 * The server answered with a non-2xx status. Subclasses name the status family.
 *
 * <pre>{@code
 * try {
 *     client.beta().chat().create();
 * } catch (LlamaCloudServiceException e) {
 *     int status = e.statusCode();
 *     JsonValue body = e.body();          // e.g. {"detail":"Project not found"}
 *     List<String> retry = e.headers().values("Retry-After");
 * }
 * }</pre>
 */
public abstract class LlamaCloudServiceException extends LlamaCloudException {

    protected LlamaCloudServiceException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract int statusCode();

    public abstract Headers headers();

    public abstract JsonValue body();

    /** The message format of the official SDK: {@code "404: {\"detail\":\"Not Found\"}"}. */
    protected static String message(int statusCode, JsonValue body) {
        return statusCode + ": " + (body.isMissing() ? "Unknown" : body.toString());
    }
}
