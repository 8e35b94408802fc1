package dev.quire.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.quire.retrieval.RetrievalPolicy;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second local embedding model as a third ranking (ensemble): all-MiniLM-L6-v2 (quantised ONNX,
 * the smallest other model langchain4j ships) scores each query's fused candidates (the server's
 * default pools: both pipelines' max(30, 1.5 x top_k) chunks), and its standard scores join BM25's and
 * bge-small's in the weighted z-score sum. Offline and at document level: a candidate chunk gets the
 * second model's cosine between the query and its document's text (the first 256 word pieces: nearly
 * every document of these corpora is one chunk), embedded once and cached in the data directory.
 * Also prints what the second model costs per query: embedding the query alone (had its chunk
 * vectors been stored at ingest) and embedding the query with 45 candidate texts (reranking them at
 * query time).
 */
final class EnsembleStudy {
    private EnsembleStudy() {}

    static void print(List<Corpus> corpora, List<Map<String, Pools.Lists>> pools, Path dataDir) throws IOException {
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<Map<String, float[]>> docVectors = new ArrayList<>();
        List<Map<String, float[]>> queryVectors = new ArrayList<>();
        for (Corpus c : corpora) {
            long t = System.nanoTime();
            Map<String, String> docs = new LinkedHashMap<>();
            c.docs().forEach(d -> docs.put(d.id(), d.body()));
            docVectors.add(cached(model, docs, dataDir.resolve("minilm-" + c.name().replace(' ', '-') + "-docs.bin")));
            queryVectors.add(cached(model, c.queries(), dataDir.resolve("minilm-" + c.name().replace(' ', '-')
                    + "-queries.bin")));
            System.out.printf("  ensemble: %s embedded with all-MiniLM-L6-v2-q in %.0f s%n", c.name(),
                    (System.nanoTime() - t) / 1e9);
        }
        double[][] weights = {{0.3, 0.7, 0}, {0, 0, 1}, {0, 0.5, 0.5}, {0.3, 0.6, 0.1}, {0.3, 0.5, 0.2}, {0.3, 0.35, 0.35}, {0.2, 0.4, 0.4},
                {0.4, 0.3, 0.3}, {0.25, 0.5, 0.25}};
        System.out.println();
        System.out.println("Ensemble with a second embedding model (offline, document-level second-model scores; "
                + "weights BM25 / bge-small / MiniLM; nDCG@10 / R@100; worst = lowest nDCG@10 difference to the better of "
                + "BM25 and bge-small alone)");
        System.out.printf("%-24s", "weights");
        corpora.forEach(c -> System.out.printf(" %22s", c.name()));
        System.out.printf(" %8s%n", "worst");
        FusionStudy singles = new FusionStudy(corpora, pools);
        IntUnaryOperatorHolder policy = new IntUnaryOperatorHolder();
        List<FusionStudy.Scores> bm25 = singles.run(new FusionStudy.Variant("bm25", new dev.quire.search.ZScoreFusion(),
                1, 0, policy.rule));
        List<FusionStudy.Scores> vector = singles.run(new FusionStudy.Variant("vector", new dev.quire.search.ZScoreFusion(),
                0, 1, policy.rule));
        for (double[] w : weights) {
            System.out.printf("%-24s", String.format("%.2f / %.2f / %.2f", w[0], w[1], w[2]));
            double worst = Double.MAX_VALUE;
            for (int c = 0; c < corpora.size(); c++) {
                Corpus corpus = corpora.get(c);
                List<Double> ndcg = new ArrayList<>();
                List<Double> recall = new ArrayList<>();
                for (String q : corpus.queries().keySet()) {
                    Pools.Lists lists = pools.get(c).get(q);
                    float[] qv = queryVectors.get(c).get(q);
                    Map<String, Integer> qrels = corpus.qrels().get(q);
                    ndcg.add(Metrics.ndcg(ranking(corpus, q, lists, qv, docVectors.get(c), w, 10), qrels, 10));
                    recall.add(Metrics.recall(ranking(corpus, q, lists, qv, docVectors.get(c), w, 100), qrels, 100));
                }
                double n = QualityReport.mean(ndcg);
                worst = Math.min(worst, n - Math.max(QualityReport.mean(bm25.get(c).ndcg()),
                        QualityReport.mean(vector.get(c).ndcg())));
                System.out.printf(" %13.4f / %.4f", n, QualityReport.mean(recall));
            }
            System.out.printf(" %+8.4f%n", worst);
        }
        latency(model, corpora.get(0));
    }

    /** The server's candidate rule, as the other studies use it. */
    private static final class IntUnaryOperatorHolder {
        final java.util.function.IntUnaryOperator rule = k -> new RetrievalPolicy(0.5, 0.5).candidates(k);
    }

    private static List<String> ranking(Corpus corpus, String q, Pools.Lists lists, float[] qv,
                                        Map<String, float[]> docVectors, double[] w, int topK) {
        int k = topK + (corpus.ignoreIdenticalIds() ? 1 : 0);
        int n = Math.max(k, new RetrievalPolicy(0.5, 0.5).candidates(k));
        List<Pools.Entry> b = lists.bm25().subList(0, Math.min(n, lists.bm25().size()));
        List<Pools.Entry> v = lists.vector().subList(0, Math.min(n, lists.vector().size()));
        Map<String, String> docOf = new LinkedHashMap<>();
        b.forEach(e -> docOf.put(e.chunkId(), e.doc()));
        v.forEach(e -> docOf.put(e.chunkId(), e.doc()));
        Map<String, Double> zb = standard(b);
        Map<String, Double> zv = standard(v);
        List<Pools.Entry> second = new ArrayList<>();
        docOf.forEach((chunk, doc) -> second.add(new Pools.Entry(chunk, doc, cosine(qv, docVectors.get(doc)))));
        Map<String, Double> zm = standard(second);
        double lowB = Math.min(0, zb.values().stream().mapToDouble(d -> d).min().orElse(0));
        double lowV = Math.min(0, zv.values().stream().mapToDouble(d -> d).min().orElse(0));
        List<Map.Entry<String, Double>> fused = new ArrayList<>();
        for (String chunk : docOf.keySet()) {
            double s = (w[0] > 0 ? w[0] * zb.getOrDefault(chunk, lowB) : 0) + w[1] * zv.getOrDefault(chunk, lowV)
                    + w[2] * zm.get(chunk);
            fused.add(Map.entry(chunk, s));
        }
        fused.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        java.util.LinkedHashSet<String> docs = new java.util.LinkedHashSet<>();
        fused.stream().limit(k).forEach(e -> docs.add(docOf.get(e.getKey())));
        List<String> ranked = corpus.ranking(q, new ArrayList<>(docs));
        return ranked.subList(0, Math.min(topK, ranked.size()));
    }

    private static Map<String, Double> standard(List<Pools.Entry> entries) {
        double mean = entries.stream().mapToDouble(Pools.Entry::z).average().orElse(0);
        double sd = Math.sqrt(entries.stream().mapToDouble(e -> (e.z() - mean) * (e.z() - mean)).average().orElse(0));
        Map<String, Double> z = new HashMap<>();
        entries.forEach(e -> z.merge(e.chunkId(), sd > 0 ? (e.z() - mean) / sd : 0, Math::max));
        return z;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static void latency(EmbeddingModel model, Corpus corpus) {
        List<String> queries = new ArrayList<>(corpus.queries().values());
        List<TextSegment> candidates = corpus.docs().stream().limit(45).map(d -> TextSegment.from(d.body())).toList();
        for (int i = 0; i < 20; i++) {
            model.embed(queries.get(i % queries.size()));
        }
        long[] one = new long[60];
        for (int i = 0; i < one.length; i++) {
            long t = System.nanoTime();
            model.embed(queries.get(i % queries.size()));
            one[i] = System.nanoTime() - t;
        }
        long[] batch = new long[10];
        for (int i = 0; i < batch.length; i++) {
            List<TextSegment> texts = new ArrayList<>(candidates);
            texts.add(TextSegment.from(queries.get(i % queries.size())));
            long t = System.nanoTime();
            model.embedAll(texts);
            batch[i] = System.nanoTime() - t;
        }
        Arrays.sort(one);
        Arrays.sort(batch);
        System.out.printf("second model cost per query (2 shared cores: noisy): query alone p50 %.1f ms; query + 45 "
                + "candidate texts p50 %.0f ms%n", one[one.length / 2] / 1e6, batch[batch.length / 2] / 1e6);
    }

    /** Embeddings by id, read from {@code cache} when it holds exactly these ids, else computed and written. */
    private static Map<String, float[]> cached(EmbeddingModel model, Map<String, String> texts, Path cache)
            throws IOException {
        if (Files.isRegularFile(cache)) {
            Map<String, float[]> read = new HashMap<>();
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String id = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    read.put(id, v);
                }
            }
            if (read.keySet().equals(texts.keySet())) {
                return read;
            }
        }
        Map<String, float[]> vectors = new HashMap<>();
        List<String> ids = new ArrayList<>(texts.keySet());
        for (int from = 0; from < ids.size(); from += 64) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 64));
            List<TextSegment> segments = part.stream().map(id -> TextSegment.from(texts.get(id))).toList();
            var embedded = model.embedAll(segments).content();
            for (int i = 0; i < part.size(); i++) {
                vectors.put(part.get(i), embedded.get(i).vector());
            }
        }
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeInt(vectors.size());
            for (var e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
        return vectors;
    }
}
