package dev.quire;

import dev.quire.common.PrivateFiles;
import java.io.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Hands the admin key that a first start generated to the operator, without letting it reach log
 * files: on a terminal it is printed; otherwise (a service, a container, output piped to a file) it is
 * written once to {@code <data-dir>/admin-key.txt}, readable by the server's user only, and the output
 * says only where it is.
 */
final class AdminKeyNotice {
    static final String FILE_NAME = "admin-key.txt";

    private AdminKeyNotice() {}

    /**
     * Whether the process talks to an interactive terminal. Before JDK 22 that is exactly
     * {@code System.console() != null}; from JDK 22 a console exists even when output is redirected, and
     * {@code Console.isTerminal()} (looked up reflectively: the code targets Java 17) tells.
     */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static void deliver(String key, boolean terminal, Path dataDir, PrintStream out) {
        if (terminal) {
            out.println("Created an admin API key for the default project. It is shown only this once:");
            out.println();
            out.println("    " + key);
            out.println();
            out.println("Use it as: Authorization: Bearer <key>   (or LLAMA_CLOUD_API_KEY for the SDKs)");
            return;
        }
        Path file = dataDir.resolve(FILE_NAME);
        write(file, key);
        out.println("Created an admin API key for the default project: admin API key written to " + file
                + " (readable by this user only; delete the file once the key is stored elsewhere)");
    }

    /** Replaces any earlier file atomically, so a reader never sees a half-written or widened file. */
    private static void write(Path file, String key) {
        Path part = file.resolveSibling(FILE_NAME + ".part");
        try {
            Files.deleteIfExists(part);
            try (OutputStream o = PrivateFiles.newFile(part)) {
                o.write((key + "\n").getBytes(StandardCharsets.UTF_8));
            }
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin key file " + file, e);
        }
    }
}
