package dev.quire.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where a command reads its settings and writes: the environment, stdout for results, stderr for
 * progress and messages, and whether a person is watching (progress bars then, plain lines otherwise).
 * Tests pass their own.
 */
public record Console(Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
    public Console {
        env = Map.copyOf(env);
    }

    static Console system() {
        return new Console(System.getenv(), System.out, System.err, System.console() != null);
    }

    String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
