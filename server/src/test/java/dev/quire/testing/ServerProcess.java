package dev.quire.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server as its own process ({@code java dev.quire.Main} on this test's class path), the way an
 * operator runs it: configured by environment variables, stopped by a signal, judged by its output
 * and exit status.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Quire listening on http://[^:]+:(\\d+) ");

    private final Process process;
    private final List<String> stdout = new ArrayList<>();
    private final List<String> stderr = new ArrayList<>();
    private final Thread[] readers;

    private ServerProcess(Process process) {
        this.process = process;
        this.readers = new Thread[] {reader(process.getInputStream(), stdout), reader(process.getErrorStream(), stderr)};
    }

    /** Starts {@code dev.quire.Main} on a free port over {@code dataDir} with the admin key and {@code env}. */
    public static ServerProcess start(Path dataDir, Map<String, String> env) {
        return start(dataDir, env, List.of());
    }

    /** As {@link #start(Path, Map)}, with command-line arguments (a subcommand such as {@code migrate}). */
    public static ServerProcess start(Path dataDir, Map<String, String> env, List<String> args) {
        Map<String, String> all = new HashMap<>(Map.of("QUIRE_PORT", "0", "QUIRE_DATA_DIR", dataDir.toString(),
                "QUIRE_API_KEY", TestServer.ADMIN_KEY));
        all.putAll(env);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.quire.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("QUIRE_"));
        builder.environment().putAll(all);
        try {
            return new ServerProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thread reader(InputStream in, List<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // The process is gone; what was read is kept.
            }
        }, "server-process-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for the "listening" line and returns the port; fails with the output if the process exits first. */
    public int awaitListening(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (stdout) {
            while (System.nanoTime() < deadline) {
                for (String line : stdout) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
                if (!process.isAlive() && !readers[0].isAlive()) {
                    break;
                }
                stdout.wait(100);
            }
        }
        throw new AssertionError("server did not start; stdout: " + stdout() + " stderr: " + stderr());
    }

    /** Waits for the process to end (all output read) and returns its exit status. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("server still running after " + timeout + "; stderr: " + stderr());
        }
        for (Thread t : readers) {
            t.join(5_000);
        }
        return process.exitValue();
    }

    /** SIGTERM on Linux and macOS: what systemd, Docker and Ctrl-C-less stops send. */
    public void terminate() {
        process.destroy();
    }

    public long pid() {
        return process.pid();
    }

    public List<String> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    public List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
