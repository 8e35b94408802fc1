package dev.quire.bench;

import dev.quire.Config;
import dev.quire.Main;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * POST /api/v1/chat under concurrent load, side by side with a bare Javalin endpoint of the same
 * stack that returns a constant JSON body of the same size: the gap is what authentication,
 * validation, the database insert and serialisation cost. Rounds alternate A, B, A, B so that drift
 * of a shared machine hits both.
 *
 * <p>Usage: {@code bench/run chat-create [seconds-per-round] [concurrency]}
 */
public final class ChatCreateBench {
    private static final String KEY = "qk-bench-key-000000000000000000000000000000";
    private static final String CONSTANT = "{\"session_id\":\"ses-00000000-0000-0000-0000-000000000000\","
            + "\"last_updated_at\":\"2026-01-01T00:00:00.000000Z\",\"generated_title\":null,"
            + "\"index_ids\":[\"idx-a\",\"idx-b\"],\"job_metadata\":null,\"shared_access\":\"read_only\"}";

    private ChatCreateBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Path dataDir = Files.createTempDirectory("quire-bench");
        Javalin bare = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.host = "127.0.0.1";
            c.jetty.port = 0;
            // Reads the body like the real endpoint does, then answers a constant.
            c.routes.post("/bare", ctx -> {
                ctx.body();
                ctx.contentType("application/json").result(CONSTANT);
            });
        }).start();
        try (Main quire = Main.start(BenchConfig.fromEnvironment(dataDir, KEY), Clock.systemUTC())) {
            // Real indexes: creating a session checks that every index exists in the project.
            Api api = new Api("http://127.0.0.1:" + quire.port(), KEY);
            String dir = api.post("/api/v1/beta/directories", "{\"name\": \"bench\"}").get("id").asText();
            String indexA = api.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").get("id").asText();
            String indexB = api.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").get("id").asText();
            String body = "{\"index_ids\": [\"" + indexA + "\", \"" + indexB + "\"]}";
            var ours = LoadRun.post("http://127.0.0.1:" + quire.port() + "/api/v1/chat", KEY, body);
            var plain = LoadRun.post("http://127.0.0.1:" + bare.port() + "/bare", KEY, body);
            System.out.printf("chat-create: %d s rounds, %d concurrent clients, %d cores%n",
                    seconds, concurrency, Runtime.getRuntime().availableProcessors());
            // Warm-up alternates like the measured rounds: the endpoints share Jetty and Javalin code, and
            // with one long warm-up each the first measured round still ran slower (JIT recompiling
            // shared paths after the switch); CPU per request only settles after a few switches.
            for (int i = 0; i < 3; i++) {
                LoadRun.run("warm-up quire", ours, concurrency, Duration.ofSeconds(10), 200);
                LoadRun.run("warm-up bare", plain, concurrency, Duration.ofSeconds(10), 200);
            }
            double ratioSum = 0;
            double cpuRatioSum = 0;
            int rounds = 3;
            for (int round = 1; round <= rounds; round++) {
                LoadRun.Result a = LoadRun.run("POST /api/v1/chat (round " + round + ")", ours, concurrency,
                        Duration.ofSeconds(seconds), 200);
                LoadRun.Result b = LoadRun.run("bare constant JSON (round " + round + ")", plain, concurrency,
                        Duration.ofSeconds(seconds), 200);
                System.out.println(a.line());
                System.out.println(b.line());
                ratioSum += a.throughput() / b.throughput();
                cpuRatioSum += b.cpuMicrosPerRequest() / a.cpuMicrosPerRequest();
            }
            System.out.printf("throughput ratio quire/bare: %.2f (target >= 0.50)%n", ratioSum / rounds);
            System.out.printf("CPU per request, bare/quire (whole JVM incl. load client; less disturbed by a shared "
                    + "machine): %.2f%n", cpuRatioSum / rounds);
        } finally {
            bare.stop();
        }
    }
}
