package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.Config;
import dev.quire.Main;
import dev.quire.ingest.BertTokenCounter;
import dev.quire.ingest.Chunk;
import dev.quire.ingest.Chunker;
import dev.quire.ingest.ChunkerOptions;
import dev.quire.ingest.OnnxBgeEmbedder;
import dev.quire.ingest.ParsedDocument;
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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingestion throughput on SciFact: every abstract uploaded as a text file through the API, an
 * index created over the directory and waited for; then the raw embedder on the same chunk texts
 * in the same JVM. Embedding is the physical limit on a CPU, so the ratio says how much the
 * pipeline (parsing, chunking, Lucene, database, sync bookkeeping) costs on top of it.
 *
 * <p>Usage: {@code bench/run ingest [limit-docs]}
 */
public final class IngestBench {
    private static final String KEY = "qk-bench-key-000000000000000000000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestBench() {}

    public static void main(String[] args) throws Exception {
        Scifact data = Scifact.load(Scifact.defaultLocation());
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : data.corpus.size();
        List<Scifact.Doc> docs = data.corpus.subList(0, Math.min(limit, data.corpus.size()));
        Path dataDir = Files.createTempDirectory("quire-bench-ingest");
        try (Main quire = Main.start(Config.forTesting(dataDir, KEY), Clock.systemUTC())) {
            Api api = new Api("http://127.0.0.1:" + quire.port(), KEY);
            String dir = api.post("/api/v1/beta/directories", "{\"name\": \"scifact\"}").get("id").asText();
            long t0 = System.nanoTime();
            upload(api, dir, docs);
            double uploadSeconds = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            String index = api.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").get("id").asText();
            JsonNode ready = api.awaitReady(index);
            double indexSeconds = (System.nanoTime() - t1) / 1e9;
            int chunks = ready.at("/metadata/num_chunks").asInt();

            Raw raw = rawEmbedder(docs);
            System.out.printf("ingest: %d SciFact documents, %d chunks, %d cores%n", docs.size(), chunks,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("upload through the API:       %7.1f docs/s  (%.1f s)%n", docs.size() / uploadSeconds, uploadSeconds);
            System.out.printf("index (create -> ready):      %7.1f docs/s  %7.1f chunks/s  (%.1f s)%n",
                    docs.size() / indexSeconds, chunks / indexSeconds, indexSeconds);
            System.out.printf("end to end (upload + index):  %7.1f docs/s%n", docs.size() / (uploadSeconds + indexSeconds));
            System.out.printf("raw embedder, same chunks:    %7.1f chunks/s  (%d chunks, %.1f s)%n",
                    raw.chunks / raw.seconds, raw.chunks, raw.seconds);
            System.out.printf("pipeline / raw embedder (chunks/s): %.2f (target >= 0.85)%n",
                    (chunks / indexSeconds) / (raw.chunks / raw.seconds));
            System.out.printf("failed files: %d%n", ready.at("/metadata/num_failed_files").asInt());
        }
    }

    private record Raw(int chunks, double seconds) {}

    /** Chunks the same texts with the same chunker, then times embedding them with the same model and threads. */
    private static Raw rawEmbedder(List<Scifact.Doc> docs) {
        Chunker chunker = new Chunker(BertTokenCounter.load(), ChunkerOptions.DEFAULT);
        List<String> texts = new ArrayList<>();
        for (Scifact.Doc d : docs) {
            for (Chunk c : chunker.chunk(ParsedDocument.singlePage(d.body(), Optional.empty(), false))) {
                texts.add(c.content());
            }
        }
        ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            OnnxBgeEmbedder embedder = new OnnxBgeEmbedder(workers);
            long t = System.nanoTime();
            embedder.embedAll(texts);
            return new Raw(texts.size(), (System.nanoTime() - t) / 1e9);
        } finally {
            workers.shutdownNow();
        }
    }

    private static void upload(Api api, String dir, List<Scifact.Doc> docs) throws Exception {
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Scifact.Doc d : docs) {
                done.add(uploaders.submit(() -> {
                    api.upload("/api/v1/beta/directories/" + dir + "/files/upload", d.id() + ".txt",
                            d.body().getBytes(StandardCharsets.UTF_8));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            uploaders.shutdown();
        }
    }

    /** A minimal HTTP client for the benchmark: JSON posts, multipart uploads, polling. */
    static final class Api {
        private final HttpClient http = HttpClient.newHttpClient();
        private final String base;
        private final String key;

        Api(String base, String key) {
            this.base = base;
            this.key = key;
        }

        JsonNode post(String path, String body) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        JsonNode get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        JsonNode upload(String path, String fileName, byte[] bytes) throws Exception {
            String boundary = "bench" + System.nanoTime();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload_file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + bytes.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(bytes, 0, body, head.length, bytes.length);
            System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        JsonNode awaitReady(String indexId) throws Exception {
            while (true) {
                JsonNode index = get("/api/v1/indexes/" + indexId + "?expand=sync_in_progress");
                String status = index.at("/metadata/status").asText();
                if (status.equals("failed")) {
                    throw new IllegalStateException("index failed: " + index);
                }
                if (status.equals("ready") && !index.get("sync_in_progress").asBoolean()) {
                    return index;
                }
                Thread.sleep(200);
            }
        }

        private JsonNode send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> r = http.send(request.header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body());
        }
    }
}
