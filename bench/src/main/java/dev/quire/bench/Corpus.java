package dev.quire.bench;

import java.util.List;
import java.util.Map;

/**
 * A retrieval test collection: documents uploaded as {@code <id><extension>}, queries, and graded
 * relevance judgements (query id -> doc id -> gain). With {@code ignoreIdenticalIds} a document whose
 * id equals the query's id is dropped from that query's ranking (BEIR's rule for ArguAna, whose
 * queries are themselves corpus documents).
 */
record Corpus(String name, String extension, List<Document> docs, Map<String, String> queries,
              Map<String, Map<String, Integer>> qrels, boolean ignoreIdenticalIds) {

    /** One document; {@code id} must not contain a dot, so the file name maps back to it. */
    record Document(String id, String body) {}

    Corpus {
        docs = List.copyOf(docs);
        queries = Map.copyOf(queries);
        qrels = Map.copyOf(qrels);
    }

    Corpus(String name, String extension, List<Document> docs, Map<String, String> queries,
           Map<String, Map<String, Integer>> qrels) {
        this(name, extension, docs, queries, qrels, false);
    }

    static Corpus of(Scifact data) {
        return beir("SciFact", data, false);
    }

    /** A BEIR collection: each document is its title, a blank line and its text. */
    static Corpus beir(String name, Scifact data, boolean ignoreIdenticalIds) {
        List<Document> docs = data.corpus.stream().map(d -> new Document(d.id(), d.body())).toList();
        return new Corpus(name, ".txt", docs, data.queries, data.qrels, ignoreIdenticalIds);
    }

    /** A document ranking for a query, with the query's own document left out where the corpus says so. */
    List<String> ranking(String queryId, List<String> docs) {
        return ignoreIdenticalIds ? docs.stream().filter(d -> !d.equals(queryId)).toList() : docs;
    }

    /** Queries with a judged document that is not in the corpus: they cannot be answered (score 0). */
    long unanswerable() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        docs.forEach(d -> ids.add(d.id()));
        return queries.keySet().stream().filter(q -> qrels.get(q).entrySet().stream()
                .noneMatch(e -> e.getValue() > 0 && ids.contains(e.getKey()))).count();
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
        return new Corpus(name, extension, kept, q, qrels, ignoreIdenticalIds);
    }

    /** The doc id a parsed file's display name stands for: the name without its extension. */
    static String docId(String displayName) {
        int dot = displayName.indexOf('.');
        return dot < 0 ? displayName : displayName.substring(0, dot);
    }
}
