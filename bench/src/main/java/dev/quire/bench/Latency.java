package dev.quire.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Client-measured round trips of sequential retrieve requests over SciFact's queries, after three
 * warm-up passes: the server's default at top_k 10 and 100 (embedding the query included, server
 * default candidates), BM25 only and vector only at top_k 10.
 */
final class Latency {
    private Latency() {}

    static List<String> measure(Retriever retriever, IndexedCorpus scifact) throws Exception {
        record Case(String label, Retriever.Setting setting, int topK, double targetP50) {}
        List<Case> cases = List.of(
                new Case("server default, top_k 10", Retriever.Setting.serverDefault("default"), 10, 12),
                new Case("server default, top_k 100", Retriever.Setting.serverDefault("default"), 100, 30),
                new Case("bm25 only, top_k 10", Retriever.Setting.of("bm25", 1, 0), 10, -1),
                new Case("vector only, top_k 10", Retriever.Setting.of("vector", 0, 1), 10, -1));
        // Three passes of every case first: the JIT compiles the request path (a run of only these
        // figures, `quality latency`, has nothing else before it).
        for (int pass = 0; pass < 3; pass++) {
            for (Case c : cases) {
                for (String q : scifact.corpus().queries().values()) {
                    retriever.retrieve(scifact, q, c.setting(), c.topK(), 0);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Case c : cases) {
            List<Double> millis = new ArrayList<>();
            for (String q : scifact.corpus().queries().values()) {
                long t = System.nanoTime();
                retriever.retrieve(scifact, q, c.setting(), c.topK(), 0);
                millis.add((System.nanoTime() - t) / 1e6);
            }
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double p50 = Metrics.percentile(sorted, 50);
            lines.add(String.format("  %-26s p50 %6.1f ms  p99 %6.1f ms  mean %6.1f ms  (n=%d)%s", c.label(), p50,
                    Metrics.percentile(sorted, 99), millis.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    sorted.length, c.targetP50() > 0 ? String.format("  target p50 <= %.0f ms: %s", c.targetP50(),
                            p50 <= c.targetP50() ? "met" : "MISSED") : ""));
        }
        return lines;
    }
}
