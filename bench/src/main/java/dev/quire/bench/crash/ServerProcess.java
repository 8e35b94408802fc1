package dev.quire.bench.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged server as a child process ({@code java -cp ... dev.quire.Main}), configured through
 * its environment like any deployment, and killed with SIGKILL: nothing in it gets to clean up.
 */
final class ServerProcess {
    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the server over {@code dataDir} and waits until it answers /healthz. */
    static ServerProcess start(Path dataDir, String adminKey, Map<String, String> extraEnv, Path log) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                // C1 only and serial GC: the process lives a few seconds, so start-up time is what
                // counts (the test measures durability, not speed).
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "dev.quire.Main"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("QUIRE_"));
        env.put("QUIRE_DATA_DIR", dataDir.toString());
        env.put("QUIRE_HOST", "127.0.0.1");
        env.put("QUIRE_PORT", Integer.toString(port));
        env.put("QUIRE_API_KEY", adminKey);
        env.putAll(extraEnv);
        ServerProcess server = new ServerProcess(builder.start(), port);
        server.awaitHealthy(Duration.ofSeconds(120), log);
        return server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    private void awaitHealthy(Duration timeout, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/healthz"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);
        }
        kill9();
        throw new IllegalStateException("the server did not become healthy in " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
