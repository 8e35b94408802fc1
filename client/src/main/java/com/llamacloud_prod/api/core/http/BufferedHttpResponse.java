package com.llamacloud_prod.api.core.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.Function;

/**
 * A response whose body was read fully (so its connection is already back in the pool);
 * {@link #close()} has nothing left to release.
 *
 * <p>SDK-internal: built by {@link OkHttpExecutor#executeRaw}.
 */
public final class BufferedHttpResponse implements HttpResponse {

    private final int statusCode;
    private final Headers headers;
    private final byte[] body;

    BufferedHttpResponse(int statusCode, Headers headers, byte[] body) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body;
    }

    /** A response whose body was not read (e.g. a proxy's 407 challenge). */
    public static BufferedHttpResponse headersOnly(int statusCode, Headers headers) {
        return new BufferedHttpResponse(statusCode, headers, new byte[0]);
    }

    @Override
    public int statusCode() {
        return statusCode;
    }

    @Override
    public Headers headers() {
        return headers;
    }

    /** A fresh stream over the body on each call. */
    @Override
    public InputStream body() {
        return new ByteArrayInputStream(body);
    }

    byte[] bytes() {
        return body;
    }

    @Override
    public void close() {}

    /** This response, parsed by {@code parser} on the first {@link HttpResponseFor#parse()} call. */
    public <T> HttpResponseFor<T> parseable(Function<BufferedHttpResponse, T> parser) {
        return new Parseable<>(this, parser);
    }

    private static final class Parseable<T> implements HttpResponseFor<T> {
        private final BufferedHttpResponse response;
        private final Function<BufferedHttpResponse, T> parser;
        private T parsed;
        private boolean done;

        Parseable(BufferedHttpResponse response, Function<BufferedHttpResponse, T> parser) {
            this.response = response;
            this.parser = parser;
        }

        @Override
        public synchronized T parse() {
            if (!done) {
                parsed = parser.apply(response);
                done = true;
            }
            return parsed;
        }

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public Headers headers() {
            return response.headers();
        }

        @Override
        public InputStream body() {
            return response.body();
        }

        @Override
        public void close() {}

        @Override
        public String toString() {
            return "HttpResponseFor{statusCode=" + statusCode() + ", headers=" + headers() + "}";
        }
    }

    @Override
    public String toString() {
        return "HttpResponse{statusCode=" + statusCode + ", headers=" + headers + "}";
    }
}
