package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.Main;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Retrieve latency idle and under load: one retrieve loop alone, then 20 retrieve loops alone (the
 * least the loaded phase could cost: they queue behind each other), then 20 retrieve loops while 50
 * clients stream chat turns one after another (each turn: a new session, a retrieve by the agent, an
 * extractive answer), then the same while a second index syncs, then one retrieve loop alone again.
 * Prints retrieve p50/p99 of each phase side by side with the ratio loaded p99 / idle p99 against the
 * target (at most 10).
 *
 * <p>Usage: {@code bench/run load [limit-docs] [seconds-per-phase]} (defaults 1000 SciFact documents,
 * 20 s); with {@code QUIRE_BENCH_DATA_DIR} the first index is kept and reused.
 */
public final class LoadBench {
    private static final String KEY = "qk-bench-key-000000000000000000000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHAT_CLIENTS = 50;
    private static final int RETRIEVE_CLIENTS = 20;
    private static final double TARGET_RATIO = 10;

    private LoadBench() {}

    /** Latencies of one kind of request in one phase, and how the requests ended. */
    record Sample(List<Double> millis, Map<Integer, Integer> statuses) {
        static Sample empty() {
            return new Sample(java.util.Collections.synchronizedList(new ArrayList<>()), new ConcurrentHashMap<>());
        }

        void add(double ms, int status) {
            statuses.merge(status, 1, Integer::sum);
            if (status == 200) {
                millis.add(ms);
            }
        }

        double percentile(double p) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted.length == 0 ? Double.NaN : Metrics.percentile(sorted, p);
        }

        int errors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() != 200).mapToInt(Map.Entry::getValue).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        Scifact data = Scifact.load(Scifact.defaultLocation());
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String kept = System.getenv("QUIRE_BENCH_DATA_DIR");
        Path dataDir = kept != null ? Files.createDirectories(Path.of(kept)) : Files.createTempDirectory("quire-bench-load");
        List<String> queries = List.copyOf(data.queries.values());
        try (Main quire = Main.start(BenchConfig.fromEnvironment(dataDir, KEY), Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + quire.port();
            Api api = new Api(base, KEY);
            String index = IndexRegistry.ready(api, Corpus.of(data).limit(limit), dataDir.resolve("bench-indexes.json"));
            Load load = new Load(base, index, queries);
            System.out.printf("load: SciFact %d documents, %d cores, %d s per phase, load average %s%n", limit,
                    Runtime.getRuntime().availableProcessors(), seconds, loadAverage());
            load.phase(10, 1, 10); // warm-up: JIT, caches
            Phase idle = load.phase(seconds, 1, 0);
            Phase retrieveOnly = load.phase(seconds, RETRIEVE_CLIENTS, 0);
            Phase loaded = load.phase(seconds, RETRIEVE_CLIENTS, CHAT_CLIENTS);
            String ingesting = startIngest(api, data, limit);
            Phase withIngest = load.phase(seconds, RETRIEVE_CLIENTS, CHAT_CLIENTS);
            JsonNode progress = api.get("/api/v1/indexes/" + ingesting);
            System.out.printf("(the second index had %d of %d files processed at the end of the last phase)%n",
                    progress.at("/metadata/num_processed_files").asInt(), progress.at("/metadata/num_source_files").asInt());
            // A kept data dir must not resume this sync at the next start, during that run's idle phase.
            api.delete("/api/v1/indexes/" + ingesting);
            Phase idleAgain = load.phase(seconds, 1, 0);
            System.out.printf("load average at the end %s%n", loadAverage());
            print(idle, idleAgain, retrieveOnly, loaded, withIngest);
        }
        // A non-daemon thread of the MCP transport (its session sweeper) outlives Main.close() and would
        // keep this JVM running after the figures are printed.
        System.exit(0);
    }

    /**
     * The idle figure pools both idle phases (before and after the load), so that a shared machine's
     * drift during the run shows in the two rows and moves the baseline less.
     */
    private static void print(Phase idleBefore, Phase idleAfter, Phase retrieveOnly, Phase loaded, Phase withIngest) {
        Sample pooled = Sample.empty();
        for (Phase p : List.of(idleBefore, idleAfter)) {
            p.retrieve().millis().forEach(ms -> pooled.add(ms, 200));
        }
        Phase idle = new Phase(idleBefore.seconds() + idleAfter.seconds(), pooled, Sample.empty(),
                idleBefore.cpuSeconds() + idleAfter.cpuSeconds());
        System.out.printf("%-44s %9s %9s %9s %9s %8s %12s%n", "retrieve (top_k 10, server default)", "p50 ms", "p99 ms",
                "req/s", "errors", "p99/idle", "cpu ms/op");
        for (var row : List.of(Map.entry("idle, before the load: 1 retrieve loop", idleBefore),
                Map.entry("idle, after the load: 1 retrieve loop", idleAfter),
                Map.entry("idle (both)", idle),
                Map.entry("20 retrieve loops alone (no chat)", retrieveOnly),
                Map.entry("loaded: 20 retrieve loops + 50 chat loops", loaded),
                Map.entry("loaded + a second index syncing", withIngest))) {
            Phase p = row.getValue();
            System.out.printf("%-44s %9.1f %9.1f %9.1f %9d %8.1f %12.1f%n", row.getKey(), p.retrieve().percentile(50),
                    p.retrieve().percentile(99), p.retrieve().millis().size() / p.seconds(), p.retrieve().errors(),
                    p.retrieve().percentile(99) / idle.retrieve().percentile(99), p.cpuMillisPerRetrieval());
        }
        for (var row : List.of(Map.entry("loaded", loaded), Map.entry("loaded + sync", withIngest))) {
            Phase p = row.getValue();
            System.out.printf("chat turns, %-14s p50 %7.1f ms  p99 %7.1f ms  %5.1f turns/s  statuses %s%n", row.getKey(),
                    p.chat().percentile(50), p.chat().percentile(99), p.chat().millis().size() / p.seconds(),
                    p.chat().statuses());
        }
        double ratio = loaded.retrieve().percentile(99) / idle.retrieve().percentile(99);
        System.out.printf("loaded p99 / idle p99 = %.1f (target <= %.0f): %s; retrieve statuses under load %s, "
                        + "with the sync %s%n", ratio, TARGET_RATIO, ratio <= TARGET_RATIO ? "met" : "MISSED",
                loaded.retrieve().statuses(), withIngest.retrieve().statuses());
        // The 20 closed loops queue behind each other even with the machine to themselves: their own ratio
        // is the least any scheduling of the chat turns beside them could reach.
        System.out.printf("20 retrieve loops alone: p99 / idle p99 = %.1f (the floor for the loaded ratio)%n",
                retrieveOnly.retrieve().percentile(99) / idle.retrieve().percentile(99));
    }

    /** What a phase measured: retrieve and chat turn latencies of requests that started and ended in it. */
    record Phase(double seconds, Sample retrieve, Sample chat, double cpuSeconds) {
        /** CPU of the whole JVM (server and load clients) per retrieval, counting a chat turn's search as one. */
        double cpuMillisPerRetrieval() {
            return 1e3 * cpuSeconds / Math.max(1, retrieve.millis().size() + chat.millis().size());
        }
    }

    /** Closed-loop clients: each sends its next request when the last one has been answered. */
    private record Load(String base, String index, List<String> queries) {
        Phase phase(int seconds, int retrieveClients, int chatClients) throws Exception {
            Sample retrieve = Sample.empty();
            Sample chat = Sample.empty();
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            long cpuStarted = processCpuNanos();
            // Each phase starts at another claim, so phases ask a mix, not the same first claims.
            AtomicInteger next = new AtomicInteger(new java.util.Random().nextInt(queries.size()));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ExecutorService clients = Executors.newFixedThreadPool(retrieveClients + chatClients);
            ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < retrieveClients + chatClients; i++) {
                boolean chats = i >= retrieveClients;
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        String q = queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
                        long t0 = System.nanoTime();
                        try {
                            int status = chats ? chatTurn(http, q) : retrieve(http, q);
                            if (System.nanoTime() < deadline) {
                                (chats ? chat : retrieve).add((System.nanoTime() - t0) / 1e6, status);
                            }
                        } catch (Exception e) {
                            failures.add(e);
                            (chats ? chat : retrieve).add(0, -1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
            if (!failures.isEmpty()) {
                System.out.printf("  %d requests failed, e.g. %s%n", failures.size(), failures.peek());
            }
            return new Phase(seconds, retrieve, chat, (processCpuNanos() - cpuStarted) / 1e9);
        }

        private int retrieve(HttpClient http, String query) throws Exception {
            String body = JSON.createObjectNode().put("index_id", index).put("query", query).put("top_k", 10)
                    .set("rerank", JSON.createObjectNode().put("enabled", false)).toString();
            HttpResponse<String> r = http.send(request("/api/v1/retrieval/retrieve", body),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && JSON.readTree(r.body()).path("results").isEmpty()) {
                throw new IllegalStateException("retrieve answered no results for: " + query);
            }
            return r.statusCode();
        }

        /** A new session and one streamed turn, read to its end; a stop event with is_error counts as 500. */
        private int chatTurn(HttpClient http, String prompt) throws Exception {
            HttpResponse<String> created = http.send(request("/api/v1/chat",
                    "{\"index_ids\": [\"" + index + "\"]}"), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 200) {
                return created.statusCode();
            }
            String session = JSON.readTree(created.body()).get("session_id").asText();
            String body = "{\"index_ids\": [\"" + index + "\"], \"prompt\": " + JSON.writeValueAsString(prompt) + "}";
            HttpResponse<InputStream> r = http.send(request("/api/v1/chat/" + session + "/messages/stream", body),
                    HttpResponse.BodyHandlers.ofInputStream());
            int status = r.statusCode();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data: ")) {
                        JsonNode event = JSON.readTree(line.substring(6));
                        if (event.path("type").asText().equals("stop") && event.path("is_error").asBoolean()) {
                            status = 500;
                        }
                    }
                }
            }
            return status;
        }

        private HttpRequest request(String path, String body) {
            return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + KEY)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
    }

    /** Uploads the next documents after the first index's into a new directory and indexes them: a sync to run beside the load. */
    private static String startIngest(Api api, Scifact data, int limit) throws Exception {
        List<Corpus.Document> docs = data.corpus.stream().skip(limit).limit(1000)
                .map(d -> new Corpus.Document(d.id(), d.body())).toList();
        Corpus more = new Corpus("SciFact-more-" + System.nanoTime(), ".txt", docs, Map.of(), Map.of());
        return IndexedCorpus.upload(api, more);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
