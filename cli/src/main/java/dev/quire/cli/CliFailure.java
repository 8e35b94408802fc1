package dev.quire.cli;

/** A failure the user can act on: printed as one {@code quire: ...} line on stderr, ending with {@code exitCode}. */
final class CliFailure extends RuntimeException {
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    /** The failure an HTTP status from the server means, with the server's own explanation. */
    static CliFailure forStatus(int status, String detail, String url) {
        String because = detail == null || detail.isBlank() ? "" : ": " + detail;
        return switch (status) {
            case 401 -> new CliFailure(ExitCodes.AUTH, "the server at " + url + " refused the API key (401" + because
                    + "); pass a valid key with --key or LLAMA_CLOUD_API_KEY");
            case 403 -> new CliFailure(ExitCodes.AUTH, "the API key may not do this (403" + because + ")");
            default -> new CliFailure(ExitCodes.FAILED, "the server answered " + status + because);
        };
    }
}
