package dev.quire.bench.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The crash test: rounds of random acknowledged writes of every kind against the real server in a
 * child process, a {@code kill -9} at a random moment, a restart on the same data directory, and a
 * check that every acknowledged write is there (blobs byte-identical, deleted objects still
 * deleted, turns ended by a stop). At the end every index is synced and searched for each live
 * file's unique word, so the search index and the database agree after all the crashes.
 *
 * <pre>{@code
 * CrashRun.Result r = new CrashRun(workDir, new Random(1), System.out).run(5);
 * r.lost();   // 0
 * }</pre>
 */
public final class CrashRun {
    private static final String ADMIN_KEY = "qk-crash-test-admin-key-0123456789abcdef";

    /** What a run saw: rounds done, acknowledged writes (per kind), and the ones lost. */
    public record Result(int rounds, Map<String, Integer> writes, int lost, List<String> failures) {
        public int totalWrites() {
            return writes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Path workDir;
    private final Random random;
    private final PrintStream out;
    private final Map<String, String> serverEnv;
    private final Workload workload;
    private final List<String> failures = new ArrayList<>();
    private final java.util.Set<Tracked> checked = new java.util.HashSet<>();
    private static final int FULL_CHECK_EVERY = 25;
    private static final int SAMPLE = 40;
    private int turnsChecked;

    public CrashRun(Path workDir, Random random, PrintStream out) {
        this.workDir = workDir;
        this.random = random;
        this.out = out;
        // Short commit and debounce intervals, so that syncs commit (and are killed) within a round.
        this.serverEnv = Map.of("QUIRE_SYNC_COMMIT_INTERVAL_MS", "300", "QUIRE_SYNC_DEBOUNCE_MS", "200",
                "QUIRE_SYNC_BATCH_FILES", "4");
        this.workload = new Workload(random);
    }

    public Result run(int rounds) throws Exception {
        Path data = workDir.resolve("data");
        Path log = workDir.resolve("server.log");
        Files.createDirectories(workDir);
        for (int round = 1; round <= rounds; round++) {
            ServerProcess server = ServerProcess.start(data, ADMIN_KEY, serverEnv, log);
            Client client = new Client(server.baseUrl(), ADMIN_KEY);
            if (round > 1) {
                verify(client, round, round % FULL_CHECK_EVERY == 0);
            }
            long killAfterMillis = 200 + random.nextInt(2500);
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(killAfterMillis);
                    server.kill9();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "crash-killer");
            killer.start();
            workload.runUntilDead(client, server::alive);
            killer.join();
            if (round % 10 == 0 || round == rounds) {
                out.printf("round %d: %d acknowledged writes so far, %d lost%n", round, totals(), failures.size());
            }
        }
        ServerProcess server = ServerProcess.start(data, ADMIN_KEY, serverEnv, log);
        try {
            Client client = new Client(server.baseUrl(), ADMIN_KEY);
            verify(client, rounds + 1, true);
            verifySearch(client);
        } finally {
            server.kill9();
        }
        return new Result(rounds, new TreeMap<>(workload.acknowledged()), failures.size(), List.copyOf(failures));
    }

    private int totals() {
        return workload.acknowledged().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Reads tracked objects back; a mismatch with every allowed state is a lost write. Every object
     * is read every {@link #FULL_CHECK_EVERY} rounds and at the end; in between, the ones written
     * since the last check (which matter most: the last writes before the kill) and a random sample
     * of the rest, so that long runs do not spend their time re-reading thousands of old objects.
     */
    private void verify(Client client, int round, boolean full) throws IOException {
        List<Tracked> all = workload.tracked();
        for (Tracked t : all) {
            // An object with a write in flight at the kill is always read: until then the workload
            // cannot know whether it still exists (a turn on a session whose delete did land is a 404).
            boolean uncertain = t.alternative.isPresent();
            if (!full && !uncertain && checked.contains(t) && random.nextInt(all.size()) >= SAMPLE) {
                continue;
            }
            checked.add(t);
            Map<String, String> actual = read(client, t);
            boolean matches = actual.equals(t.expected)
                    || t.alternative.map(actual::equals).orElse(false);
            if (!matches) {
                failures.add("round " + round + ": " + t + " expected " + t.expected
                        + t.alternative.map(a -> " or " + a).orElse("") + " but found " + actual);
                out.println("LOST " + failures.get(failures.size() - 1));
            }
            // What is on disk now is durable: it becomes the state later rounds must keep.
            t.acknowledged(actual);
        }
        List<Workload.Turn> turns = workload.turns();
        for (int i = full ? 0 : turnsChecked; i < turns.size(); i++) {
            checkTurn(client, turns.get(i), round);
        }
        turnsChecked = turns.size();
    }

    private Map<String, String> read(Client client, Tracked t) throws IOException {
        Map<String, String> state = new LinkedHashMap<>();
        Client.Response r = switch (t.kind) {
            case "directory" -> client.get("/api/v1/beta/directories/" + t.id);
            case "file" -> client.get("/api/v1/beta/files/" + t.id);
            case "entry" -> client.get("/api/v1/beta/directories/" + t.context.get("directory") + "/files/" + t.id);
            case "index" -> client.get("/api/v1/indexes/" + t.id);
            case "session" -> client.get("/api/v1/chat/" + t.id + "/summary");
            case "project" -> client.get("/api/v1/projects/" + t.id);
            case "api_key" -> client.withKey(t.id).get("/api/v1/projects");
            default -> throw new IllegalStateException(t.kind);
        };
        if (r.status() == 404 || (t.kind.equals("api_key") && r.status() == 401)) {
            state.put("deleted", "true");
            return state;
        }
        if (r.status() != 200) {
            throw new IllegalStateException("reading " + t + " answered " + r.status() + ": " + r.body());
        }
        state.put("deleted", "false");
        JsonNode json = r.json();
        switch (t.kind) {
            case "directory" -> {
                state.put("name", json.path("name").asText());
                state.put("description", json.path("description").asText(""));
            }
            case "file" -> {
                state.put("name", json.path("name").asText());
                String url = client.get("/api/v1/beta/files/" + t.id + "/content").json().path("url").asText();
                state.put("sha256", sha256(client.fetch(url)));
            }
            case "entry" -> {
                state.put("display_name", json.path("display_name").asText());
                state.put("tag", json.path("metadata").path("tag").asText(""));
                state.put("file_id", json.path("file_id").asText());
            }
            case "index", "project" -> state.put("name", json.path("name").asText());
            default -> { }
        }
        return state;
    }

    /** An acknowledged turn keeps its question; every stored turn ends with exactly one stop. */
    private void checkTurn(Client client, Workload.Turn turn, int round) throws IOException {
        Tracked session = workload.session(turn.sessionId());
        Client.Response r = client.get("/api/v1/chat/" + turn.sessionId());
        if (session.deleted() && r.status() == 404) {
            return;
        }
        JsonNode events = r.json().path("events");
        List<List<JsonNode>> turns = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.path("type").asText().equals("user_input")) {
                turns.add(new ArrayList<>());
            }
            if (!turns.isEmpty()) {
                turns.get(turns.size() - 1).add(e);
            }
        }
        List<JsonNode> stored = turns.stream().filter(t -> t.get(0).path("content").asText().equals(turn.prompt()))
                .findFirst().orElse(null);
        String problem = null;
        if (stored == null) {
            problem = "its user_input is missing";
        } else {
            long stops = stored.stream().filter(e -> e.path("type").asText().equals("stop")).count();
            JsonNode last = stored.get(stored.size() - 1);
            if (stops != 1 || !last.path("type").asText().equals("stop")) {
                problem = "it does not end with exactly one stop: " + stored.stream()
                        .map(e -> e.path("type").asText()).toList();
            } else if (turn.completed() && last.path("is_error").asBoolean()) {
                problem = "its stop was received without error but is stored as " + last;
            }
        }
        if (problem != null) {
            failures.add("round " + round + ": chat turn '" + turn.prompt() + "' of session " + turn.sessionId()
                    + ": " + problem);
            out.println("LOST " + failures.get(failures.size() - 1));
        }
    }

    /** Every live index, synced once more, finds each live file of its source by its unique word. */
    private void verifySearch(Client client) throws Exception {
        for (Tracked index : workload.tracked()) {
            if (!index.kind.equals("index") || index.deleted()) {
                continue;
            }
            awaitSynced(client, index.id);
            for (Tracked entry : workload.tracked()) {
                if (!entry.kind.equals("entry") || !entry.context.get("directory").equals(index.context.get("source"))) {
                    continue;
                }
                String word = workload.wordOf(entry.expected.get("file_id"));
                JsonNode results = client.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + index.id
                        + "\", \"query\": \"" + word + "\", \"top_k\": 5, \"rerank\": {\"enabled\": false}, "
                        + "\"full_text_pipeline_weight\": 1.0, \"vector_pipeline_weight\": 0.0}").json()
                        .path("results");
                boolean found = false;
                for (JsonNode result : results) {
                    found |= result.path("content").asText().contains(word);
                }
                if (found == entry.deleted()) {
                    failures.add("index " + index.id + ": the word of " + entry + " (deleted: " + entry.deleted()
                            + ") is " + (found ? "" : "not ") + "found");
                    out.println("LOST " + failures.get(failures.size() - 1));
                }
            }
        }
    }

    private static void awaitSynced(Client client, String indexId) throws Exception {
        Client.Response sync = client.post("/api/v1/indexes/" + indexId + "/sync", "{}");
        if (!sync.ok() && sync.status() != 409) {
            throw new IllegalStateException("sync answered " + sync.status() + ": " + sync.body());
        }
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode index = client.get("/api/v1/indexes/" + indexId + "?expand=sync_in_progress").json();
            String status = index.path("metadata").path("status").asText();
            if (status.equals("ready") && !index.path("sync_in_progress").asBoolean(false)) {
                return;
            }
            if (status.equals("failed")) {
                throw new IllegalStateException("index " + indexId + " failed: " + index);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("index " + indexId + " did not finish syncing");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
