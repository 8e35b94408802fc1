package dev.quire.bench;

import dev.quire.Config;
import dev.quire.Main;
import dev.quire.retrieval.RetrievalPolicy;
import dev.quire.search.Bm25Boosts;
import dev.quire.search.ZScoreFusion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * BM25 options (QUIRE_BM25_TITLE_BOOST, QUIRE_BM25_PHRASE_BOOST) side by side: per option the server
 * is started on the same indexes with it, each query's BM25 list is fetched once (cached in the data
 * directory), and BM25 alone and the fusions are computed offline with the vector lists of the main
 * run, as {@link FusionStudy} does. Vector search does not depend on the option, so its column is the
 * same in every row.
 */
final class Bm25Study {
    /** An option and its label. */
    record Option(String label, Bm25Boosts boosts) {}

    static final List<Option> OPTIONS = List.of(
            new Option("text only", Bm25Boosts.NONE),
            new Option("title^0.3", new Bm25Boosts(0.3, 0)),
            new Option("title^1", new Bm25Boosts(1, 0)),
            new Option("title^2", new Bm25Boosts(2, 0)),
            new Option("phrase^1", new Bm25Boosts(0, 1)),
            new Option("phrase^2", new Bm25Boosts(0, 2)),
            new Option("title^2 phrase^1", new Bm25Boosts(2, 1)));

    private Bm25Study() {}

    static void print(Config config, List<IndexedCorpus> indexed, List<Map<String, Pools.Lists>> pools, Path dataDir)
            throws Exception {
        List<Corpus> corpora = indexed.stream().map(IndexedCorpus::corpus).toList();
        IntUnaryOperator policy = k -> new RetrievalPolicy(0.5, 0.5).candidates(k);
        Config.Backends b = config.backends();
        List<String> rows = new ArrayList<>();
        for (Option o : OPTIONS) {
            Config withOption = config.withBackends(new Config.Backends(b.database(), b.search().withBm25(o.boosts()),
                    b.blobs()));
            List<Map<String, Pools.Lists>> optionPools = new ArrayList<>();
            try (Main quire = Main.start(withOption, Clock.systemUTC())) {
                Api api = new Api("http://127.0.0.1:" + quire.port(), QualityBench.KEY);
                for (int c = 0; c < indexed.size(); c++) {
                    IndexedCorpus ic = indexed.get(c);
                    Map<String, List<Pools.Entry>> bm25 = Pools.loadBm25(api, ic, dataDir.resolve("pools-"
                            + ic.corpus().name().replace(' ', '-') + "-bm25-" + o.label().replace(' ', '-') + ".json"));
                    Map<String, Pools.Lists> lists = new LinkedHashMap<>();
                    pools.get(c).forEach((q, l) -> lists.put(q, new Pools.Lists(bm25.get(q), l.vector())));
                    optionPools.add(lists);
                }
            }
            FusionStudy study = new FusionStudy(corpora, optionPools);
            List<FusionStudy.Variant> variants = List.of(
                    new FusionStudy.Variant("bm25", new ZScoreFusion(), 1, 0, policy),
                    new FusionStudy.Variant("vector", new ZScoreFusion(), 0, 1, policy),
                    new FusionStudy.Variant("z 0.3/0.7", new ZScoreFusion(), 0.3, 0.7, policy),
                    new FusionStudy.Variant("z 0.4/0.6", new ZScoreFusion(), 0.4, 0.6, policy));
            List<List<FusionStudy.Scores>> r = variants.stream().map(study::run).toList();
            for (int v = 0; v < variants.size(); v++) {
                if (v == 1 && !rows.isEmpty()) {
                    continue; // vector search is the same under every option
                }
                StringBuilder row = new StringBuilder(String.format("%-18s %-10s", v == 1 ? "" : o.label(),
                        variants.get(v).label()));
                double worst = Double.MAX_VALUE;
                for (int c = 0; c < corpora.size(); c++) {
                    double n = QualityReport.mean(r.get(v).get(c).ndcg());
                    row.append(String.format(" %13.4f / %.4f", n, QualityReport.mean(r.get(v).get(c).recall())));
                    worst = Math.min(worst, n - Math.max(QualityReport.mean(r.get(0).get(c).ndcg()),
                            QualityReport.mean(r.get(1).get(c).ndcg())));
                }
                row.append(v >= 2 ? String.format(" %+8.4f", worst) : "");
                rows.add(row.toString());
            }
        }
        System.out.println();
        System.out.println("BM25 options (QUIRE_BM25_TITLE_BOOST / QUIRE_BM25_PHRASE_BOOST), offline on each option's "
                + "BM25 lists and the vector lists; nDCG@10 / R@100, candidates as the server's default; worst = lowest "
                + "nDCG@10 difference to the better of this option's BM25 and vector");
        System.out.printf("%-29s", "option / ranking");
        corpora.forEach(c -> System.out.printf(" %22s", c.name()));
        System.out.printf(" %8s%n", "worst");
        rows.forEach(System.out::println);
    }
}
