package dev.quire.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: N workers each send one request after another for a fixed time,
 * recording every latency. Bounded in time and only ever aimed at loopback.
 */
final class LoadRun {
    /** What one run measured. */
    record Result(String label, long requests, long errors, double seconds, double p50Ms, double p99Ms,
                  double cpuMicrosPerRequest) {
        double throughput() {
            return requests / seconds;
        }

        String line() {
            return String.format("%-28s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  cpu %5.0f us/req  errors %d  (%d requests)",
                    label, throughput(), p50Ms, p99Ms, cpuMicrosPerRequest, errors, requests);
        }
    }

    private LoadRun() {}

    static Result run(String label, HttpRequest request, int concurrency, Duration duration, int expectStatus)
            throws Exception {
        if (!request.uri().getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("benchmarks only target loopback: " + request.uri());
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            workers.add(pool.submit(() -> {
                long[] samples = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != expectStatus) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    long took = System.nanoTime() - t0;
                    if (n == samples.length) {
                        samples = Arrays.copyOf(samples, n * 2);
                    }
                    samples[n++] = took;
                }
                return Arrays.copyOf(samples, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> w : workers) {
            all.add(w.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpu = processCpuNanos() - cpuStarted;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(label, merged.length, errors.get(), seconds,
                percentile(merged, 0.50), percentile(merged, 0.99), cpu / 1e3 / Math.max(1, merged.length));
    }

    /**
     * CPU time of the whole JVM (server, load client, background threads): per request, a figure
     * that other processes on a shared machine disturb much less than throughput.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static HttpRequest post(String url, String key, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
