package dev.quire.testing;

import dev.quire.storage.BlobSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real S3 server for tests: S3Proxy over jclouds' filesystem provider, in its own JVM (it ships
 * a Jetty that clashes with the server's), on a free port with generated credentials. Its class path
 * comes from the {@code testing/s3-server} module, which Maven builds before the server.
 *
 * <pre>{@code
 * try (S3ServerProcess s3 = S3ServerProcess.start()) {
 *     BlobStore blobs = BlobStores.open(s3.settings("quire-test"), dataDir);
 * }
 * }</pre>
 */
public final class S3ServerProcess implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final Path dir;
    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;
    private final Thread killer;

    private S3ServerProcess(Process process, Path dir, URI endpoint, String accessKey, String secretKey) {
        this.process = process;
        this.dir = dir;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        // A test JVM that dies without closing must not leave the server running.
        this.killer = new Thread(process::destroyForcibly, "s3-server-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts the server and waits until it answers HTTP; fails with its log if it does not. */
    public static S3ServerProcess start() {
        try {
            Path dir = Files.createTempDirectory("quire-s3-");
            Path data = Files.createDirectories(dir.resolve("data"));
            int port = freePort();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            String accessKey = "AK" + random(8);
            String secretKey = random(20);
            Path properties = dir.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + accessKey,
                    "s3proxy.credential=" + secretKey,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data,
                    ""));
            Path log = dir.resolve("s3proxy.log");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", classPath(), "org.gaul.s3proxy.Main", "--properties", properties.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            S3ServerProcess server = new S3ServerProcess(process, dir, endpoint, accessKey, secretKey);
            server.awaitAnswering(log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Settings for a bucket on this server (created by the store if missing). */
    public BlobSettings.S3 settings(String bucket) {
        return new BlobSettings.S3(endpoint, bucket, "us-east-1", accessKey, secretKey);
    }

    private void awaitAnswering(Path log) throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3 server exited with " + process.exitValue() + ": "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                c.getResponseCode(); // any status: it speaks HTTP (anonymous requests are refused)
                c.disconnect();
                return;
            } catch (IOException notYet) {
                sleep(200);
            }
        }
        close();
        throw new IllegalStateException("S3 server did not answer within " + STARTUP + ": "
                + Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The runtime class path that {@code testing/s3-server} wrote, from the repository root or the server module. */
    private static String classPath() throws IOException {
        for (Path candidate : List.of(Path.of("../testing/s3-server/target/classpath.txt"),
                Path.of("testing/s3-server/target/classpath.txt"))) {
            if (Files.isRegularFile(candidate)) {
                return Files.readString(candidate, StandardCharsets.UTF_8).trim();
            }
        }
        throw new IllegalStateException("testing/s3-server/target/classpath.txt is missing: build it first, e.g. "
                + "mvn -pl testing/s3-server,server test (the reactor builds testing/s3-server before the server)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the S3 server", e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: nothing to remove.
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp directory left behind is harmless.
        }
    }
}
