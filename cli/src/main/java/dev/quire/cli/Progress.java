package dev.quire.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr, redrawn in place on a terminal; elsewhere (a log, a pipe) one plain line per
 * change, so that the output stays readable without escape codes.
 *
 * <pre>{@code
 * Progress upload = new Progress(console, "upload", files.size());
 * upload.update(3, "docs/a.pdf");
 * upload.done("12 uploaded");
 * }</pre>
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal;
    private final String label;
    private long total;
    private String last = "";

    Progress(Console console, String label, long total) {
        this.err = console.err();
        this.terminal = console.terminal();
        this.label = label;
        this.total = total;
    }

    void total(long total) {
        this.total = total;
    }

    void update(long done, String detail) {
        String counts = done + "/" + total;
        if (terminal) {
            long filled = total <= 0 ? 0 : Math.min(WIDTH, done * WIDTH / total);
            String bar = "#".repeat((int) filled) + ".".repeat(WIDTH - (int) filled);
            String line = String.format("%-8s [%s] %s %s", label, bar, counts, shorten(detail));
            err.print("\r" + line + " ".repeat(Math.max(0, last.length() - line.length())));
            last = line;
        } else {
            String line = label + " " + counts + (detail.isEmpty() ? "" : " " + detail);
            if (!line.equals(last)) {
                err.println(line);
                last = line;
            }
        }
        err.flush();
    }

    void done(String summary) {
        if (terminal) {
            err.println();
        }
        err.println(label + ": " + summary);
        err.flush();
    }

    private static String shorten(String detail) {
        return detail.length() <= 40 ? detail : "..." + detail.substring(detail.length() - 37);
    }
}
