package dev.quire;

/**
 * A start-up problem the operator fixes without a stack trace (data directory in use, port taken):
 * {@link Main#main} prints the message as one line on stderr and exits with status 1.
 */
public final class StartupFailure extends RuntimeException {
    public StartupFailure(String message) {
        super(message, null, false, false);
    }
}
