package dev.quire.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap over queries: the mean of a per-query metric with its 95% interval, from
 * {@value #RESAMPLES} resamples with a fixed seed (so a rerun prints the same interval).
 */
final class Bootstrap {
    static final int RESAMPLES = 2_000;

    private Bootstrap() {}

    /** Mean and 95% interval. */
    record Interval(double mean, double low, double high) {
        @Override
        public String toString() {
            return String.format("%.3f [%.3f, %.3f]", mean, low, high);
        }
    }

    static Interval of(List<Double> perQuery) {
        double[] values = perQuery.stream().mapToDouble(Double::doubleValue).toArray();
        int n = values.length;
        double mean = Arrays.stream(values).average().orElse(0);
        if (n == 0) {
            return new Interval(0, 0, 0);
        }
        SplittableRandom random = new SplittableRandom(42);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new Interval(mean, means[(int) (0.025 * RESAMPLES)], means[(int) (0.975 * RESAMPLES) - 1]);
    }

    /** The paired difference a - b with its 95% interval. */
    static Interval difference(List<Double> a, List<Double> b) {
        return of(java.util.stream.IntStream.range(0, a.size()).mapToObj(i -> a.get(i) - b.get(i)).toList());
    }
}
