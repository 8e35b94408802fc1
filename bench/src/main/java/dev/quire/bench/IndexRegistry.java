package dev.quire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexes a kept data directory ({@code QUIRE_BENCH_DATA_DIR}) already holds, by corpus, in one JSON
 * file ({@code bench-indexes.json}): each corpus's index id and a fingerprint of its documents. Every bench
 * that indexes a corpus goes through it, so a later run (of the same or another bench) reuses the index
 * instead of embedding the corpus again, and corpora with the same documents (SciFact's claims and its
 * keyword queries) share one index.
 */
final class IndexRegistry {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexRegistry() {}

    /**
     * Each corpus's index: the registry's when one with the same documents is there, else a new one (uploaded
     * and created, not waited for: a sync worker builds them in turn). The registry is updated before
     * returning; a run that stops before an index is ready leaves it to be awaited by the next.
     */
    static List<String> indexes(Api api, List<Corpus> corpora, Path registry) throws Exception {
        ObjectNode known = Files.isRegularFile(registry) ? (ObjectNode) JSON.readTree(registry.toFile())
                : JSON.createObjectNode();
        Map<String, String> indexOfFingerprint = new HashMap<>();
        known.fields().forEachRemaining(e -> indexOfFingerprint.put(e.getValue().path("fingerprint").asText(),
                e.getValue().path("index_id").asText()));
        List<String> ids = new ArrayList<>();
        for (Corpus c : corpora) {
            String fingerprint = Integer.toHexString(c.docs().hashCode());
            String id = indexOfFingerprint.get(fingerprint);
            if (id == null) {
                System.out.printf("indexing %d %s documents...%n", c.docs().size(), c.name());
                id = IndexedCorpus.upload(api, c);
                indexOfFingerprint.put(fingerprint, id);
            }
            ids.add(id);
            known.putObject(c.name()).put("index_id", id).put("fingerprint", fingerprint);
        }
        JSON.writeValue(registry.toFile(), known);
        return ids;
    }

    /** One corpus's index, ready to search. */
    static String ready(Api api, Corpus corpus, Path registry) throws Exception {
        String id = indexes(api, List.of(corpus), registry).get(0);
        api.awaitReady(id);
        return id;
    }
}
