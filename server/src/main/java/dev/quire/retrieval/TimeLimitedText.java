package dev.quire.retrieval;

/**
 * A text that refuses to be read past a deadline. RE2/J reads its input one char at a time, so
 * wrapping the text is how a running match is stopped: matching time is linear in the text, but the
 * factor (the program size) can still make one scan take many seconds.
 */
final class TimeLimitedText implements CharSequence {
    /** Thrown from inside the matcher when the scan must stop. */
    static final class Expired extends RuntimeException {
        Expired() {
            super(null, null, false, false);
        }
    }

    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final long deadlineNanos;
    private int reads;

    TimeLimitedText(String text, long deadlineNanos) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new Expired();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
