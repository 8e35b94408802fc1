package dev.quire.common;

/**
 * A backend is misconfigured or unreachable at start-up (bad {@code QUIRE_*} value, database down, bucket
 * not creatable). The message is for the operator: it names the variable or endpoint and what is wrong,
 * and never contains a secret. Main reports it like any other start-up failure: one line, exit status 1.
 */
public final class ConfigurationError extends RuntimeException {
    public ConfigurationError(String message) {
        super(message);
    }

    public ConfigurationError(String message, Throwable cause) {
        super(message, cause);
    }
}
