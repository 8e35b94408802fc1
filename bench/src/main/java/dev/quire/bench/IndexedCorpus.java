package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A corpus uploaded into a directory and indexed, with the map from the parsed file ids that
 * retrieval returns back to the corpus's doc ids. The index persists in the server's data dir, so
 * the same value stays valid after a restart on that dir.
 */
record IndexedCorpus(Corpus corpus, String indexId, int chunks, Map<String, String> docOfParsedFile) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Uploads every document and creates an index over them; does not wait for it. */
    static String upload(Api api, Corpus corpus) throws Exception {
        String dir = api.post("/api/v1/beta/directories", JSON.createObjectNode()
                .put("name", corpus.name()).toString()).get("id").asText();
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Corpus.Document d : corpus.docs()) {
                done.add(uploaders.submit(() -> api.upload("/api/v1/beta/directories/" + dir + "/files/upload",
                        d.id() + corpus.extension(), d.body().getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            uploaders.shutdown();
        }
        return api.post("/api/v1/indexes", JSON.createObjectNode().put("source_directory_id", dir).toString())
                .get("id").asText();
    }

    /** Waits for the index to be ready, printing progress every 30 s, then maps its parsed files. */
    static IndexedCorpus await(Api api, Corpus corpus, String indexId) throws Exception {
        long started = System.nanoTime();
        long lastPrint = started;
        JsonNode index;
        while (true) {
            index = api.get("/api/v1/indexes/" + indexId + "?expand=sync_in_progress");
            String status = index.at("/metadata/status").asText();
            if (status.equals("failed")) {
                throw new IllegalStateException("index failed: " + index);
            }
            if (status.equals("ready") && !index.get("sync_in_progress").asBoolean()) {
                break;
            }
            if (System.nanoTime() - lastPrint > 30e9) {
                lastPrint = System.nanoTime();
                System.out.printf("  %s: %s, %d/%d files processed, %d chunks, %.0f s%n", corpus.name(), status,
                        index.at("/metadata/num_processed_files").asInt(), index.at("/metadata/num_source_files").asInt(),
                        index.at("/metadata/num_chunks").asInt(), (lastPrint - started) / 1e9);
            }
            Thread.sleep(500);
        }
        int failed = index.at("/metadata/num_failed_files").asInt();
        if (failed > 0) {
            System.out.printf("  WARNING %s: %d files failed to index: %s%n", corpus.name(), failed,
                    index.at("/metadata/failed_files"));
        }
        Map<String, String> docs = parsedFiles(api, index.get("output_directory_id").asText());
        if (docs.size() != corpus.docs().size()) {
            System.out.printf("  WARNING %s: %d parsed files for %d documents%n", corpus.name(), docs.size(),
                    corpus.docs().size());
        }
        return new IndexedCorpus(corpus, indexId, index.at("/metadata/num_chunks").asInt(), Map.copyOf(docs));
    }

    /** The doc id of a retrieval result's parsed file; a miss means the mapping is broken, so it throws. */
    String docOf(String parsedFileId) {
        return Optional.ofNullable(docOfParsedFile.get(parsedFileId))
                .orElseThrow(() -> new IllegalStateException("unknown parsed file " + parsedFileId));
    }

    private static Map<String, String> parsedFiles(Api api, String outputDirectoryId) throws Exception {
        Map<String, String> docs = new HashMap<>();
        String token = null;
        do {
            JsonNode page = api.get("/api/v1/beta/directories/" + outputDirectoryId + "/files?page_size=1000"
                    + (token == null ? "" : "&page_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
            for (JsonNode f : page.get("items")) {
                docs.put(f.get("id").asText(), Corpus.docId(f.get("display_name").asText()));
            }
            JsonNode next = page.get("next_page_token");
            token = next == null || next.isNull() ? null : next.asText();
        } while (token != null);
        return docs;
    }
}
