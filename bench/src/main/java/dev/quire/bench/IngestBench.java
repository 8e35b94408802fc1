package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Config;
import dev.quire.Main;
import dev.quire.ingest.BertTokenCounter;
import dev.quire.ingest.Chunk;
import dev.quire.ingest.Chunker;
import dev.quire.ingest.OnnxEmbedder;
import dev.quire.ingest.ParsedDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Ingestion throughput on SciFact: every abstract uploaded as a text file through the API, an
 * index created over the directory and waited for; then the raw embedder (and the second model,
 * when the server runs one) on the same chunk texts in the same JVM. Embedding is the physical limit on a CPU, so the ratio says how much the
 * pipeline (parsing, chunking, Lucene, database, sync bookkeeping) costs on top of it.
 *
 * <p>Usage: {@code bench/run ingest [limit-docs]}
 */
public final class IngestBench {
    private static final String KEY = "qk-bench-key-000000000000000000000000000000";

    private IngestBench() {}

    public static void main(String[] args) throws Exception {
        Scifact data = Scifact.load(Scifact.defaultLocation());
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : data.corpus.size();
        List<Scifact.Doc> docs = data.corpus.subList(0, Math.min(limit, data.corpus.size()));
        Path dataDir = Files.createTempDirectory("quire-bench-ingest");
        Config config = BenchConfig.fromEnvironment(dataDir, KEY);
        try (Main quire = Main.start(config, Clock.systemUTC())) {
            Api api = new Api("http://127.0.0.1:" + quire.port(), KEY);
            String dir = api.post("/api/v1/beta/directories", "{\"name\": \"scifact\"}").get("id").asText();
            long t0 = System.nanoTime();
            api.uploadAll(dir, docs);
            double uploadSeconds = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            String index = api.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").get("id").asText();
            JsonNode ready = api.awaitReady(index);
            double indexSeconds = (System.nanoTime() - t1) / 1e9;
            int chunks = ready.at("/metadata/num_chunks").asInt();

            Raw raw = rawEmbedder(docs, config.embedding());
            System.out.printf("ingest: %d SciFact documents, %d chunks, %d cores%n", docs.size(), chunks,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("upload through the API:       %7.1f docs/s  (%.1f s)%n", docs.size() / uploadSeconds, uploadSeconds);
            System.out.printf("index (create -> ready):      %7.1f docs/s  %7.1f chunks/s  (%.1f s)%n",
                    docs.size() / indexSeconds, chunks / indexSeconds, indexSeconds);
            System.out.printf("end to end (upload + index):  %7.1f docs/s%n", docs.size() / (uploadSeconds + indexSeconds));
            System.out.printf("raw embedder%s, same chunks: %7.1f chunks/s  (%d chunks, %.1f s)%n",
                    config.embedding().secondModel().equals(Config.Embedding.NONE) ? "" : "s (bge-small + MiniLM)",
                    raw.chunks / raw.seconds, raw.chunks, raw.seconds);
            System.out.printf("pipeline / raw embedder (chunks/s): %.2f (target >= 0.85)%n",
                    (chunks / indexSeconds) / (raw.chunks / raw.seconds));
            System.out.printf("failed files: %d%n", ready.at("/metadata/num_failed_files").asInt());
        }
        // The MCP transport's session sweeper thread outlives Main.close() (as in the other benchmarks).
        System.exit(0);
    }

    private record Raw(int chunks, double seconds) {}

    /** Chunks the same texts with the same chunker, then times embedding them with the same model and threads. */
    private static Raw rawEmbedder(List<Scifact.Doc> docs, Config.Embedding settings) {
        Chunker chunker = new Chunker(BertTokenCounter.load(), settings.chunking());
        List<String> texts = new ArrayList<>();
        for (Scifact.Doc d : docs) {
            for (Chunk c : chunker.chunk(ParsedDocument.singlePage(d.body(), Optional.empty(), false))) {
                texts.add(c.content());
            }
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, settings.threads()));
        try {
            if (!settings.provider().equals("onnx")) {
                throw new IllegalArgumentException("the raw comparison needs the in-process embedder (QUIRE_EMBEDDER=onnx)");
            }
            OnnxEmbedder embedder = OnnxEmbedder.bgeSmall(workers);
            // The server embeds every chunk with its second model too: the raw limit is both models' time.
            Optional<OnnxEmbedder> second = settings.secondModel().equals(Config.Embedding.NONE) ? Optional.empty()
                    : Optional.of(OnnxEmbedder.miniLm(workers));
            long t = System.nanoTime();
            embedder.embedAll(texts);
            second.ifPresent(m -> m.embedAll(texts));
            return new Raw(texts.size(), (System.nanoTime() - t) / 1e9);
        } finally {
            workers.shutdownNow();
        }
    }
}
