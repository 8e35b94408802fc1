package com.llamacloud_prod.api.core.http;

import java.io.InputStream;

/**
 * A raw HTTP response: status, headers and body. Returned by the {@code withRawResponse()} views
 * of the services (as {@link HttpResponseFor}, which also parses the body).
 *
 * <pre>{@code
 * try (HttpResponse response = client.beta().directories().withRawResponse().delete(directoryId)) {
 *     System.out.println(response.statusCode() + " " + response.headers().values("x-request-id"));
 * }
 * }</pre>
 */
public interface HttpResponse extends AutoCloseable {

    int statusCode();

    Headers headers();

    InputStream body();

    /** Releases the response; without a checked exception, unlike {@link AutoCloseable#close()}. */
    @Override
    void close();

    /** Turns a response into a value. */
    interface Handler<T> {
        T handle(HttpResponse response);
    }
}
