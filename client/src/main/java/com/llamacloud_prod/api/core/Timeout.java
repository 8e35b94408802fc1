package com.llamacloud_prod.api.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Time limits for one HTTP attempt (retries not included). {@link Duration#ZERO} means none.
 *
 * <pre>{@code
 * Timeout timeout = Timeout.builder()
 *         .connect(Duration.ofSeconds(5))
 *         .request(Duration.ofMinutes(2))
 *         .build();
 * }</pre>
 */
public final class Timeout {

    private static final Duration DEFAULT = Duration.ofMinutes(1);

    private final Duration connect;
    private final Duration read;
    private final Duration write;
    private final Duration request;

    private Timeout(Duration connect, Duration read, Duration write, Duration request) {
        this.connect = connect;
        this.read = read;
        this.write = write;
        this.request = request;
    }

    /** Connect, read, write and whole-call limits of one minute each. */
    public static Timeout defaultTimeout() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Time to establish a connection. Defaults to one minute. */
    public Duration connect() {
        return connect != null ? connect : DEFAULT;
    }

    /** Maximum gap between two packets of the response. Defaults to {@link #request()}. */
    public Duration read() {
        return read != null ? read : request();
    }

    /** Maximum gap between two packets of the request. Defaults to {@link #request()}. */
    public Duration write() {
        return write != null ? write : request();
    }

    /** The whole call: DNS, connect, write, server time, read. Defaults to one minute. */
    public Duration request() {
        return request != null ? request : DEFAULT;
    }

    public Builder toBuilder() {
        return new Builder().connect(connect).read(read).write(write).request(request);
    }

    /** The limits set here, with the unset ones taken from {@code defaults}. */
    Timeout withDefaults(Timeout defaults) {
        return new Timeout(
                connect != null ? connect : defaults.connect,
                read != null ? read : defaults.read,
                write != null ? write : defaults.write,
                request != null ? request : defaults.request);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Timeout)) {
            return false;
        }
        Timeout t = (Timeout) o;
        return connect().equals(t.connect()) && read().equals(t.read())
                && write().equals(t.write()) && request().equals(t.request());
    }

    @Override
    public int hashCode() {
        return Objects.hash(connect(), read(), write(), request());
    }

    @Override
    public String toString() {
        return "Timeout{connect=" + connect() + ", read=" + read() + ", write=" + write()
                + ", request=" + request() + "}";
    }

    /** A builder for {@link Timeout}. */
    public static final class Builder {
        private Duration connect;
        private Duration read;
        private Duration write;
        private Duration request;

        private Builder() {}

        public Builder connect(Duration connect) {
            this.connect = connect;
            return this;
        }

        public Builder connect(Optional<Duration> connect) {
            return connect(connect.orElse(null));
        }

        public Builder read(Duration read) {
            this.read = read;
            return this;
        }

        public Builder read(Optional<Duration> read) {
            return read(read.orElse(null));
        }

        public Builder write(Duration write) {
            this.write = write;
            return this;
        }

        public Builder write(Optional<Duration> write) {
            return write(write.orElse(null));
        }

        public Builder request(Duration request) {
            this.request = request;
            return this;
        }

        public Builder request(Optional<Duration> request) {
            return request(request.orElse(null));
        }

        /** @throws IllegalArgumentException if a limit is negative */
        public Timeout build() {
            checkNotNegative("connect", connect);
            checkNotNegative("read", read);
            checkNotNegative("write", write);
            checkNotNegative("request", request);
            return new Timeout(connect, read, write, request);
        }

        private static void checkNotNegative(String name, Duration value) {
            Checks.argument(value == null || !value.isNegative(), name + " timeout must not be negative: %s", value);
        }
    }
}
