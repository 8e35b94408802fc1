package com.llamacloud_prod.api.core;

import java.util.Locale;

/**
 * How much of each request and response the client writes to standard error.
 *
 * <pre>{@code
 * LlamaCloudClient client = LlamaCloudOkHttpClient.builder().fromEnv().logLevel(LogLevel.INFO).build();
 * // or: LLAMA_CLOUD_LOG=debug
 * }</pre>
 */
public enum LogLevel {
    /** Nothing. */
    OFF,
    /** One line per request and per response: method, URL, status, duration, sizes. */
    INFO,
    /** {@link #INFO} plus a line for each failed call (I/O error, timeout). */
    ERROR,
    /** {@link #ERROR} plus headers (credentials redacted) and text bodies. */
    DEBUG;

    /** Whether this level includes {@code level}. */
    public boolean shouldLog(LogLevel level) {
        return ordinal() >= level.ordinal();
    }

    /** The level named by the {@code LLAMA_CLOUD_LOG} environment variable ({@code info}, {@code error}, {@code debug}); else {@link #OFF}. */
    public static LogLevel fromEnv() {
        return parse(System.getenv("LLAMA_CLOUD_LOG"));
    }

    static LogLevel parse(String value) {
        if (value == null) {
            return OFF;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "info":
                return INFO;
            case "error":
                return ERROR;
            case "debug":
                return DEBUG;
            default:
                return OFF;
        }
    }
}
