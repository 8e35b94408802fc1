package dev.quire.bench.crash;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One object the workload created, with the state its acknowledged writes left it in. A write that
 * got no answer (the server died during it) may or may not have happened: the object then also
 * accepts that write's state, until a read after the restart shows which one is on disk.
 */
final class Tracked {
    final String kind;
    final String id;
    /** Identity facts needed to read it back (e.g. the directory of an entry); never checked. */
    final Map<String, String> context = new LinkedHashMap<>();
    Map<String, String> expected;
    Optional<Map<String, String>> alternative = Optional.empty();

    Tracked(String kind, String id, Map<String, String> expected) {
        this.kind = kind;
        this.id = id;
        this.expected = new LinkedHashMap<>(expected);
    }

    boolean deleted() {
        return "true".equals(expected.get("deleted"));
    }

    /** An acknowledged write: its state is now the only one allowed. */
    void acknowledged(Map<String, String> changes) {
        expected = merged(expected, changes);
        alternative = Optional.empty();
    }

    /** A write without an answer: either state is allowed until the next check. */
    void unknown(Map<String, String> changes) {
        alternative = Optional.of(merged(expected, changes));
    }

    private static Map<String, String> merged(Map<String, String> base, Map<String, String> changes) {
        if ("true".equals(changes.get("deleted"))) {
            return Map.of("deleted", "true"); // a deleted object has no other state to check
        }
        Map<String, String> next = new LinkedHashMap<>(base);
        next.putAll(changes);
        return next;
    }

    @Override
    public String toString() {
        // An API key's id is its secret: show only its prefix.
        return kind + " " + (kind.equals("api_key") ? id.substring(0, Math.min(10, id.length())) + "..." : id);
    }
}
