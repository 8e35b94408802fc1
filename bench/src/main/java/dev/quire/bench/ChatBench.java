package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.Main;
import dev.quire.testing.CitationVerifier;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat turns with the embedded extractive backend over the SciFact index: each of the 300 test
 * claims as a single-turn chat, timing the first byte, the first text_delta and the whole turn,
 * and checking grounding (does a cited source belong to the claim's relevant documents); then 50
 * turns streamed at once. Every turn's citations are checked ({@link CitationVerifier}); the
 * questions generated from this project's code documentation ({@link CodeQuestions}), whose answers
 * are not in SciFact, measure abstention.
 *
 * <p>Usage: {@code bench/run chat [limit-docs]}; with {@code QUIRE_BENCH_DATA_DIR} the SciFact index
 * of the same documents that an earlier run of this bench or of {@code bench/run quality} left there
 * is reused.
 */
public final class ChatBench {
    private static final String KEY = "qk-bench-key-000000000000000000000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SOURCE = Pattern.compile("^\\[(\\d+)] (\\S+)\\.txt,", Pattern.MULTILINE);

    private ChatBench() {}

    /** Timings of one streamed turn (milliseconds), the documents its answer cited, and its citations checked. */
    record Turn(double firstByte, double firstDelta, double total, boolean error, Set<String> cited, String text,
                CitationVerifier.Report citations) {
        boolean abstained() {
            return text.startsWith("I could not find anything relevant");
        }
    }

    public static void main(String[] args) throws Exception {
        Scifact data = Scifact.load(Scifact.defaultLocation());
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : data.corpus.size();
        String kept = System.getenv("QUIRE_BENCH_DATA_DIR");
        Path dataDir = kept != null ? Files.createDirectories(Path.of(kept)) : Files.createTempDirectory("quire-bench-chat");
        Corpus outside = CodeQuestions.corpus(PinnedTree.at(repoRoot()));
        try (Main quire = Main.start(BenchConfig.fromEnvironment(dataDir, KEY), Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + quire.port();
            Api api = new Api(base, KEY);
            Corpus scifact = Corpus.of(data);
            String index = IndexRegistry.ready(api, limit < data.corpus.size() ? scifact.limit(limit) : scifact,
                    dataDir.resolve("bench-indexes.json"));

            // With a limit, only the claims whose judged documents were all indexed (as bench/run quality does).
            List<String> queryIds = new ArrayList<>(Corpus.of(data).limit(limit).queries().keySet());
            queryIds.sort(java.util.Comparator.comparingInt(Integer::parseInt));
            for (int i = 0; i < Math.min(10, queryIds.size()); i++) {
                turn(base, api, index, data.queries.get(queryIds.get(i)));
            }
            List<Turn> turns = new ArrayList<>();
            int grounded = 0;
            for (String q : queryIds) {
                Turn t = turn(base, api, index, data.queries.get(q));
                turns.add(t);
                Map<String, Integer> relevant = data.qrels.get(q);
                if (t.cited().stream().anyMatch(relevant::containsKey)) {
                    grounded++;
                }
            }
            List<Turn> unanswerable = new ArrayList<>();
            for (String q : outside.queries().values()) {
                unanswerable.add(turn(base, api, index, q));
            }
            // The same questions over the index of the code they are about: answerable there, so abstaining
            // is the failure (abstention's other side).
            String codeIndex = IndexRegistry.ready(api, outside, dataDir.resolve("bench-indexes.json"));
            List<Turn> answerable = new ArrayList<>();
            int codeGrounded = 0;
            for (var q : outside.queries().entrySet()) {
                Turn t = turn(base, api, codeIndex, q.getValue());
                answerable.add(t);
                if (t.cited().stream().anyMatch(outside.qrels().get(q.getKey())::containsKey)) {
                    codeGrounded++;
                }
            }
            System.out.printf("chat: %d single-turn chats (extractive backend), %d cores%n", turns.size(),
                    Runtime.getRuntime().availableProcessors());
            print("time to first byte", turns.stream().mapToDouble(Turn::firstByte).toArray(), 50);
            print("time to first text_delta", turns.stream().mapToDouble(Turn::firstDelta).toArray(), -1);
            print("full turn", turns.stream().mapToDouble(Turn::total).toArray(), 150);
            System.out.printf("grounding: %d of %d turns (%.1f%%) cite a relevant document (target >= 85%%); "
                            + "abstained on %d; errors: %d%n", grounded, turns.size(), 100.0 * grounded / turns.size(),
                    turns.stream().filter(Turn::abstained).count(), turns.stream().filter(Turn::error).count());
            long abstained = unanswerable.stream().filter(Turn::abstained).count();
            System.out.printf("abstention: %d of %d questions about this project's code, whose answers are not in the "
                    + "SciFact index, (%.1f%%) answered that nothing relevant was found%n", abstained, unanswerable.size(),
                    100.0 * abstained / unanswerable.size());
            System.out.printf("the same questions over the code's own index: %d of %d answered, %d (%.1f%%) citing the "
                            + "documentation comment they were made from%n", answerable.stream().filter(t -> !t.abstained()).count(),
                    answerable.size(), codeGrounded, 100.0 * codeGrounded / answerable.size());
            List<Turn> all = new ArrayList<>(turns);
            all.addAll(unanswerable);
            all.addAll(answerable);
            int citations = all.stream().mapToInt(t -> t.citations().citations()).sum();
            int valid = all.stream().mapToInt(t -> t.citations().valid()).sum();
            long clean = all.stream().filter(t -> t.citations().ok()).count();
            System.out.printf("citation precision: %d of %d citations (%.1f%%) refer to a chunk returned in the turn "
                            + "with matching file and pages (target 100%%); %d of %d turns pass every check "
                            + "(quotes verbatim in the cited chunk)%n", valid, citations,
                    citations == 0 ? 100.0 : 100.0 * valid / citations, clean, all.size());
            all.stream().filter(t -> !t.citations().ok()).limit(3)
                    .forEach(t -> System.out.println("  e.g. " + t.citations().problems()));
            concurrent(base, api, index, queryIds, data);
        }
        // A non-daemon thread of the MCP transport (its session sweeper) outlives Main.close() and would
        // keep this JVM running after the figures are printed (as in LoadBench).
        System.exit(0);
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bench/run"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the repository");
    }

    private static void concurrent(String base, Api api, String index, List<String> queryIds, Scifact data)
            throws Exception {
        int n = 50;
        ExecutorService clients = Executors.newFixedThreadPool(n);
        try {
            List<Future<Turn>> futures = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String prompt = data.queries.get(queryIds.get(i % queryIds.size()));
                futures.add(clients.submit(() -> turn(base, api, index, prompt)));
            }
            List<Turn> turns = new ArrayList<>();
            for (Future<Turn> f : futures) {
                turns.add(f.get());
            }
            double wall = (System.nanoTime() - started) / 1e6;
            System.out.printf("%d concurrent streaming turns: errors %d, wall %.0f ms%n", n,
                    turns.stream().filter(Turn::error).count(), wall);
            print("  time to first byte", turns.stream().mapToDouble(Turn::firstByte).toArray(), -1);
            print("  full turn", turns.stream().mapToDouble(Turn::total).toArray(), -1);
        } finally {
            clients.shutdown();
        }
    }

    private static Turn turn(String base, Api api, String index, String prompt) throws Exception {
        String session = api.post("/api/v1/chat", "{\"index_ids\": [\"" + index + "\"]}").get("session_id").asText();
        String body = "{\"index_ids\": [\"" + index + "\"], \"prompt\": " + JSON.writeValueAsString(prompt) + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/chat/" + session + "/messages/stream"))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        double firstByte = (System.nanoTime() - t0) / 1e6;
        double firstDelta = -1;
        boolean error = response.statusCode() != 200;
        String text = "";
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.startsWith("data: ")) {
                    continue;
                }
                JsonNode event = JSON.readTree(line.substring(6));
                events.add(event);
                String type = event.path("type").asText();
                if (type.equals("text_delta") && firstDelta < 0) {
                    firstDelta = (System.nanoTime() - t0) / 1e6;
                } else if (type.equals("text")) {
                    text = event.get("content").asText();
                } else if (type.equals("stop")) {
                    error |= event.get("is_error").asBoolean();
                }
            }
        }
        double total = (System.nanoTime() - t0) / 1e6;
        return new Turn(firstByte, firstDelta, total, error, cited(text), text, CitationVerifier.check(events, true));
    }

    /** The documents named in the answer's sources list, whose citation numbers appear in the answer. */
    private static Set<String> cited(String answer) {
        Set<String> docs = new HashSet<>();
        Matcher m = SOURCE.matcher(answer);
        while (m.find()) {
            if (answer.contains("[" + m.group(1) + "]")) {
                docs.add(m.group(2));
            }
        }
        return docs;
    }

    private static void print(String label, double[] millis, double targetP50) {
        double[] sorted = Arrays.stream(millis).filter(v -> v >= 0).sorted().toArray();
        double p50 = sorted[(int) Math.ceil(0.50 * sorted.length) - 1];
        double p99 = sorted[(int) Math.ceil(0.99 * sorted.length) - 1];
        System.out.printf("%-28s p50 %7.1f ms  p99 %7.1f ms%s%n", label, p50, p99,
                targetP50 > 0 ? String.format("  (target p50 < %.0f ms)", targetP50) : "");
    }
}
