package dev.quire.cli;

/** The exit statuses every command uses (listed in {@code quire --help}). */
final class ExitCodes {
    static final int OK = 0;
    /** The operation failed or was refused (including files that failed to upload or index). */
    static final int FAILED = 1;
    /** Bad usage: unknown option, missing argument, no API key. picocli's own code for invalid input. */
    static final int USAGE = 2;
    /** The server refused the API key (401), or the key lacks the role (403). */
    static final int AUTH = 3;
    /** The server could not be reached. */
    static final int UNREACHABLE = 4;

    private ExitCodes() {}
}
