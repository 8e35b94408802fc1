package dev.quire.bench;

import dev.quire.search.Fusion;
import dev.quire.search.Hit;
import dev.quire.search.StoredChunk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Fusion variants compared offline on the cached candidate lists ({@link Pools}) of every corpus,
 * through the server's own {@link Fusion} implementations: per variant and corpus nDCG@10 (top 10
 * chunks, as a top_k 10 request gets) and Recall@100 (top 100 chunks), each from candidate lists cut
 * to what the candidate policy gives that top_k.
 */
final class FusionStudy {
    /** A fusion with its weights and candidate rule (top_k -> candidates per pipeline). */
    record Variant(String label, Fusion fusion, double fullText, double vector, IntUnaryOperator candidates) {}

    /** Per-query scores of one variant on one corpus. */
    record Scores(List<Double> ndcg, List<Double> recall) {}

    private final List<Corpus> corpora;
    private final List<Map<String, Pools.Lists>> pools;

    FusionStudy(List<Corpus> corpora, List<Map<String, Pools.Lists>> pools) {
        this.corpora = corpora;
        this.pools = pools;
    }

    List<Scores> run(Variant v) {
        List<Scores> out = new ArrayList<>();
        for (int c = 0; c < corpora.size(); c++) {
            Corpus corpus = corpora.get(c);
            List<Double> ndcg = new ArrayList<>();
            List<Double> recall = new ArrayList<>();
            for (String q : corpus.queries().keySet()) {
                Pools.Lists lists = pools.get(c).get(q);
                Map<String, Integer> qrels = corpus.qrels().get(q);
                ndcg.add(Metrics.ndcg(docs(corpus, q, v, lists, 10), qrels, 10));
                recall.add(Metrics.recall(docs(corpus, q, v, lists, 100), qrels, 100));
            }
            out.add(new Scores(ndcg, recall));
        }
        return out;
    }

    /** The document ranking a top_k request would return (one more chunk when the query's own doc is dropped). */
    private static List<String> docs(Corpus corpus, String q, Variant v, Pools.Lists lists, int topK) {
        int k = topK + (corpus.ignoreIdenticalIds() ? 1 : 0);
        int candidates = Math.max(k, v.candidates().applyAsInt(k));
        Map<String, String> docOf = new HashMap<>();
        List<Hit> bm25 = hits(lists.bm25(), candidates, docOf);
        List<Hit> vector = hits(lists.vector(), candidates, docOf);
        LinkedHashSet<String> docs = new LinkedHashSet<>();
        for (Hit h : v.fusion().fuse(bm25, v.fullText(), vector, v.vector(), k)) {
            docs.add(docOf.get(h.chunk().chunkId()));
        }
        List<String> ranking = corpus.ranking(q, new ArrayList<>(docs));
        return ranking.subList(0, Math.min(topK, ranking.size()));
    }

    private static List<Hit> hits(List<Pools.Entry> entries, int n, Map<String, String> docOf) {
        List<Hit> hits = new ArrayList<>();
        for (Pools.Entry e : entries.subList(0, Math.min(n, entries.size()))) {
            docOf.put(e.chunkId(), e.doc());
            hits.add(new Hit(new StoredChunk(e.chunkId(), e.doc(), 0, 0, 0, 0, 1, 1, "", Map.of()), e.z()));
        }
        return hits;
    }
}
