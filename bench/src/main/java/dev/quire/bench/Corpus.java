package dev.quire.bench;

import java.util.List;
import java.util.Map;

/**
 * A retrieval test collection: documents uploaded as {@code <id><extension>}, queries, and graded
 * relevance judgements (query id -> doc id -> gain).
 */
record Corpus(String name, String extension, List<Document> docs, Map<String, String> queries,
              Map<String, Map<String, Integer>> qrels) {

    /** One document; {@code id} must not contain a dot, so the file name maps back to it. */
    record Document(String id, String body) {}

    Corpus {
        docs = List.copyOf(docs);
        queries = Map.copyOf(queries);
        qrels = Map.copyOf(qrels);
    }

    static Corpus of(Scifact data) {
        List<Document> docs = data.corpus.stream().map(d -> new Document(d.id(), d.body())).toList();
        return new Corpus("SciFact", ".txt", docs, data.queries, data.qrels);
    }

    /** The first {@code limit} documents and the queries whose judged documents are all among them (smoke runs). */
    Corpus limit(int limit) {
        List<Document> kept = docs.subList(0, Math.min(limit, docs.size()));
        java.util.Set<String> ids = new java.util.HashSet<>();
        kept.forEach(d -> ids.add(d.id()));
        Map<String, String> q = new java.util.LinkedHashMap<>();
        queries.forEach((id, text) -> {
            if (ids.containsAll(qrels.get(id).keySet())) {
                q.put(id, text);
            }
        });
        return new Corpus(name, extension, kept, q, qrels);
    }

    /** The doc id a parsed file's display name stands for: the name without its extension. */
    static String docId(String displayName) {
        int dot = displayName.indexOf('.');
        return dot < 0 ? displayName : displayName.substring(0, dot);
    }
}
