package dev.quire.bench;

import dev.quire.search.MinMaxScoreFusion;
import dev.quire.search.ReciprocalRankFusion;
import dev.quire.search.ZScoreFusion;
import dev.quire.retrieval.RetrievalPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** Prints the per-corpus tables, the offline fusion study and latency. */
final class QualityReport {
    /** How far below the better single pipeline the default may be (nDCG@10). */
    static final double TOLERANCE = 0.005;
    static final double SCIFACT_TARGET = 0.75;

    private QualityReport() {}

    static void print(List<IndexedCorpus> corpora, List<Retriever.Setting> settings,
                      List<List<FusionStudy.Scores>> online, FusionStudy study, List<String> latency) {
        System.out.println();
        System.out.println("Through the API (rerank off; document level; mean [95% bootstrap interval]; "
                + "nDCG@10 from top_k 10, R@100 from top_k 100, server default candidates)");
        boolean allMet = true;
        for (int c = 0; c < corpora.size(); c++) {
            System.out.printf("%s%n", corpora.get(c).corpus().name());
            List<FusionStudy.Scores> scores = online.get(c);
            for (int s = 0; s < settings.size(); s++) {
                System.out.printf("  %-16s nDCG@10 %-24s R@100 %-24s%n", settings.get(s).label(),
                        Bootstrap.of(scores.get(s).ndcg()), Bootstrap.of(scores.get(s).recall()));
            }
            FusionStudy.Scores best = mean(scores.get(0).ndcg()) >= mean(scores.get(1).ndcg()) ? scores.get(0) : scores.get(1);
            FusionStudy.Scores def = scores.get(settings.size() - 1);
            Bootstrap.Interval diff = Bootstrap.difference(def.ndcg(), best.ndcg());
            boolean met = diff.mean() >= -TOLERANCE;
            allMet &= met;
            System.out.printf("  default - better single: nDCG@10 %+.4f [%+.4f, %+.4f] (target >= -%.3f: %s); "
                    + "R@100 %+.4f%n", diff.mean(), diff.low(), diff.high(), TOLERANCE, met ? "met" : "MISSED",
                    mean(def.recall()) - mean(best.recall()));
        }
        double sci = mean(online.get(0).get(settings.size() - 1).ndcg());
        System.out.printf("targets: default within %.3f nDCG@10 of the better single pipeline on every corpus: %s; "
                + "SciFact default >= %.2f: %.4f %s%n", TOLERANCE, allMet ? "met" : "MISSED", SCIFACT_TARGET, sci,
                sci >= SCIFACT_TARGET ? "met" : "MISSED");
        System.out.println();
        printStudy(corpora, study);
        System.out.println();
        System.out.printf("Latency, client round trip, sequential, %s queries (2 shared cores: noisy)%n", corpora.get(0).corpus().name());
        latency.forEach(System.out::println);
    }

    static void printStudy(List<IndexedCorpus> corpora, FusionStudy study) {
        IntUnaryOperator policy = k -> new RetrievalPolicy(0.5, 0.5).candidates(k);
        IntUnaryOperator tenfold = k -> Math.max(100, 10 * k);
        List<FusionStudy.Variant> variants = new ArrayList<>(List.of(
                new FusionStudy.Variant("bm25 only", new ZScoreFusion(), 1, 0, policy),
                new FusionStudy.Variant("vector only", new ZScoreFusion(), 0, 1, policy)));
        for (double ft : new double[] {0.2, 0.3, 0.4, 0.5}) {
            variants.add(new FusionStudy.Variant(String.format("zscore %.1f/%.1f", ft, 1 - ft), new ZScoreFusion(), ft,
                    1 - ft, tenfold));
        }
        variants.add(new FusionStudy.Variant("minmax 0.3/0.7", new MinMaxScoreFusion(), 0.3, 0.7, tenfold));
        variants.add(new FusionStudy.Variant("rrf 0.3/0.7", new ReciprocalRankFusion(), 0.3, 0.7, tenfold));
        variants.add(new FusionStudy.Variant("rrf 0.5/0.5", new ReciprocalRankFusion(), 0.5, 0.5, tenfold));
        for (int m : new int[] {5, 10, 20}) {
            for (double floor : new double[] {0, 0.25}) {
                for (double ft : new double[] {0.4, 0.5}) {
                    variants.add(new FusionStudy.Variant(String.format("agree m%d f%.2f %.1f/%.1f", m, floor, ft, 1 - ft),
                            StudyFusions.agreement(m, floor), ft, 1 - ft, tenfold));
                }
            }
        }
        for (var rule : List.<java.util.Map.Entry<String, IntUnaryOperator>>of(
                java.util.Map.entry("cand max(50,2k)", k -> Math.max(50, 2 * k)),
                java.util.Map.entry("cand max(30,1.5k)", k -> Math.max(30, 3 * k / 2)),
                java.util.Map.entry("cand max(20,k+10)", k -> Math.max(20, k + 10)))) {
            for (double ft : new double[] {0.4, 0.5}) {
                variants.add(new FusionStudy.Variant(String.format("agree m10 f0.00 %.1f/%.1f %s", ft, 1 - ft,
                        rule.getKey()), new dev.quire.search.AgreementFusion(), ft, 1 - ft, rule.getValue()));
                variants.add(new FusionStudy.Variant(String.format("zscore %.1f/%.1f %s", ft, 1 - ft, rule.getKey()),
                        new ZScoreFusion(), ft, 1 - ft, rule.getValue()));
            }
        }
        IntUnaryOperator small = k -> Math.max(30, 3 * k / 2);
        for (double ft : new double[] {0.2, 0.25, 0.3}) {
            variants.add(new FusionStudy.Variant(String.format("zscore %.2f/%.2f cand max(30,1.5k)", ft, 1 - ft),
                    new ZScoreFusion(), ft, 1 - ft, small));
        }
        for (int m : new int[] {10, 20}) {
            for (double ft : new double[] {0.4, 0.5}) {
                variants.add(new FusionStudy.Variant(String.format("agree m%d f0.50 %.1f/%.1f cand max(30,1.5k)", m, ft,
                        1 - ft), new dev.quire.search.AgreementFusion(m, 0.5), ft, 1 - ft, small));
            }
        }
        for (double ft : new double[] {0.3, 0.4, 0.5}) {
            variants.add(new FusionStudy.Variant(String.format("vector-gated %.1f/%.1f cand max(30,1.5k)", ft, 1 - ft),
                    StudyFusions.vectorGated(), ft, 1 - ft, small));
        }
        for (int m : new int[] {3, 10}) {
            for (double p : new double[] {1, 2}) {
                for (double ft : new double[] {0.4, 0.5}) {
                    variants.add(new FusionStudy.Variant(String.format("gap m%d p%.0f %.1f/%.1f", m, p, ft, 1 - ft),
                            StudyFusions.gap(m, p), ft, 1 - ft, tenfold));
                }
            }
        }
        System.out.println("Fusion variants offline on the cached candidate lists (nDCG@10 / R@100; worst = lowest "
                + "nDCG@10 difference to the better single pipeline over the corpora)");
        System.out.printf("%-44s", "variant");
        corpora.forEach(c -> System.out.printf(" %22s", c.corpus().name()));
        System.out.printf(" %8s%n", "worst");
        List<List<FusionStudy.Scores>> results = new ArrayList<>();
        variants.forEach(v -> results.add(study.run(v)));
        for (int i = 0; i < variants.size(); i++) {
            FusionStudy.Variant v = variants.get(i);
            List<FusionStudy.Scores> r = results.get(i);
            System.out.printf("%-44s", v.label());
            double worst = Double.MAX_VALUE;
            for (int c = 0; c < corpora.size(); c++) {
                double bestSingle = Math.max(mean(results.get(0).get(c).ndcg()), mean(results.get(1).get(c).ndcg()));
                worst = Math.min(worst, mean(r.get(c).ndcg()) - bestSingle);
                System.out.printf(" %13.4f / %.4f", mean(r.get(c).ndcg()), mean(r.get(c).recall()));
            }
            System.out.printf(" %+8.4f", worst);
            for (int c = 0; c < corpora.size(); c++) {
                List<Double> best = mean(results.get(0).get(c).ndcg()) >= mean(results.get(1).get(c).ndcg())
                        ? results.get(0).get(c).ndcg() : results.get(1).get(c).ndcg();
                Bootstrap.Interval d = Bootstrap.difference(r.get(c).ndcg(), best);
                System.out.printf(" [%+.3f,%+.3f]", d.low(), d.high());
            }
            System.out.println();
        }
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
