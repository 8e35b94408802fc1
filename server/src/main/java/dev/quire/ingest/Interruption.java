package dev.quire.ingest;

/**
 * Cooperative cancellation for parse loops: {@link TimeLimitedParser} interrupts the worker on
 * timeout, and loops over pages or SAX events call {@link #check()} to stop promptly.
 */
final class Interruption {
    private Interruption() {
    }

    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ParseException("parse cancelled");
        }
    }
}
