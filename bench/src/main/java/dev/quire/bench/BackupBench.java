package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Main;
import dev.quire.cli.Console;
import dev.quire.cli.QuireCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Online backup and offline restore with the command line, as an operator runs them: a server with
 * {@code files} synthetic documents in one ready index and {@code chat-turns} answered questions is backed
 * up idle, then again while a second index syncs and questions are asked; the idle backup is restored into a
 * new data directory and a server started there is compared with the original (directory entries, index
 * chunk counts, chat sessions and their events).
 *
 * <p>Usage: {@code bench/run backup [files] [chat-turns]} (defaults 1000 and 50)
 */
public final class BackupBench {
    private static final String KEY = "qk-bench-key-000000000000000000000000000000";

    private BackupBench() {}

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path work = Files.createTempDirectory("quire-bench-backup");
        Path idle = work.resolve("idle.zip");
        Path loaded = work.resolve("loaded.zip");
        Map<String, String> original;
        try (Main quire = Main.start(BenchConfig.fromEnvironment(work.resolve("data"), KEY), Clock.systemUTC())) {
            String url = "http://127.0.0.1:" + quire.port();
            Api api = new Api(url, KEY);
            Map<String, String> env = Map.of("LLAMA_CLOUD_BASE_URL", url, "LLAMA_CLOUD_API_KEY", KEY);
            String docs = api.post("/api/v1/beta/directories", "{\"name\": \"docs\"}").get("id").asText();
            upload(api, docs, "doc", files);
            String index = api.post("/api/v1/indexes", "{\"source_directory_id\": \"" + docs + "\", \"name\": \"docs\"}")
                    .get("id").asText();
            long t0 = System.nanoTime();
            awaitReady(api, index);
            System.out.printf("setup: %d files indexed in %.1f s%n", files, (System.nanoTime() - t0) / 1e9);
            for (int i = 0; i < turns; i++) {
                cli(env, "ask", "--index", "docs", "What does document " + i + " say about item " + (i * 7) + "?");
            }
            original = state(api);

            t0 = System.nanoTime();
            cli(env, "backup", idle.toString());
            double idleSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("backup, idle server: %,d bytes in %.2f s (%.1f MB/s); data directory %,d bytes%n",
                    Files.size(idle), idleSeconds, Files.size(idle) / 1e6 / idleSeconds, size(work.resolve("data")));

            // Under load: a sync of a second index and questions, both running while the backup is taken.
            String more = api.post("/api/v1/beta/directories", "{\"name\": \"more\"}").get("id").asText();
            upload(api, more, "more", Math.max(50, files / 4));
            api.post("/api/v1/indexes", "{\"source_directory_id\": \"" + more + "\", \"name\": \"more\"}");
            AtomicBoolean stop = new AtomicBoolean();
            Thread asking = new Thread(() -> {
                while (!stop.get()) {
                    cliQuiet(env, "ask", "--index", "docs", "Which item does document 3 discuss?");
                }
            });
            asking.start();
            Thread.sleep(1000);
            t0 = System.nanoTime();
            cli(env, "backup", loaded.toString());
            double loadedSeconds = (System.nanoTime() - t0) / 1e9;
            stop.set(true);
            asking.join();
            System.out.printf("backup during a sync and chat turns: %,d bytes in %.2f s%n", Files.size(loaded), loadedSeconds);
        }

        Path restored = work.resolve("restored");
        long t0 = System.nanoTime();
        cli(Map.of(), "restore", idle.toString(), "--data-dir", restored.toString());
        System.out.printf("restore: %.2f s into %s (%,d bytes)%n", (System.nanoTime() - t0) / 1e9, restored, size(restored));
        try (Main quire = Main.start(BenchConfig.fromEnvironment(restored, KEY), Clock.systemUTC())) {
            Map<String, String> after = state(new Api("http://127.0.0.1:" + quire.port(), KEY));
            long same = original.entrySet().stream().filter(e -> e.getValue().equals(after.get(e.getKey()))).count();
            System.out.printf("compared: %d of %d items identical (directory entries, indexes with chunk counts, "
                    + "chat sessions with event counts); %d extra%n", same, original.size(), after.size() - same);
            if (same != original.size() || after.size() != original.size()) {
                System.exit(1);
            }
        }
    }

    private static void upload(Api api, String dir, String prefix, int count) throws Exception {
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                done.add(uploaders.submit(() -> api.upload("/api/v1/beta/directories/" + dir + "/files/upload",
                        prefix + "-" + n + ".txt", text(prefix, n).getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            uploaders.shutdown();
        }
    }

    private static String text(String prefix, int n) {
        StringBuilder text = new StringBuilder("Document " + n + " of the " + prefix + " set.\n\n");
        for (int p = 0; p < 20; p++) {
            text.append("Section ").append(p).append(" of document ").append(n).append(" discusses item ")
                    .append(n * 7 + p).append(", its cost of ").append((n * 131 + p * 17) % 997)
                    .append(" euros and the team that owns it.\n\n");
        }
        return text.toString();
    }

    private static void awaitReady(Api api, String index) throws Exception {
        while (!api.get("/api/v1/indexes/" + index).at("/metadata/status").asText().equals("ready")) {
            Thread.sleep(500);
        }
    }

    /** Everything a restore must bring back, as the API shows it: id to a description of the item. */
    private static Map<String, String> state(Api api) throws Exception {
        Map<String, String> items = new TreeMap<>();
        for (JsonNode dir : api.get("/api/v1/beta/directories?page_size=1000").path("items")) {
            String token = "";
            do {
                JsonNode page = api.get("/api/v1/beta/directories/" + dir.get("id").asText() + "/files?page_size=1000"
                        + (token.isEmpty() ? "" : "&page_token=" + token));
                for (JsonNode f : page.path("items")) {
                    items.put(f.get("id").asText(), f.path("unique_id").asText() + "|" + f.path("file_id").asText());
                }
                token = page.path("next_page_token").asText("");
            } while (!token.isEmpty() && !token.equals("null"));
        }
        for (JsonNode index : api.get("/api/v1/indexes?page_size=1000").path("items")) {
            JsonNode m = api.get("/api/v1/indexes/" + index.get("id").asText()).path("metadata");
            items.put(index.get("id").asText(), m.path("status").asText() + "|" + m.path("num_chunks").asText());
        }
        for (JsonNode session : api.get("/api/v1/chat?page_size=1000").path("items")) {
            String id = session.get("session_id").asText();
            items.put(id, "events " + api.get("/api/v1/chat/" + id).path("events").size());
        }
        return items;
    }

    private static void cli(Map<String, String> env, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QuireCli.run(args, new Console(env, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        if (code != 0) {
            throw new IllegalStateException("quire " + String.join(" ", args) + " failed (" + code + "): "
                    + err.toString(StandardCharsets.UTF_8));
        }
    }

    private static void cliQuiet(Map<String, String> env, String... args) {
        QuireCli.run(args, new Console(env, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), false));
    }

    private static long size(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
