package dev.quire.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real two-node SolrCloud cluster (Solr's MiniSolrCloudCluster with embedded ZooKeeper) in a JVM
 * of its own: the testing/solr-cloud module, whose Jetty 10 cannot share the server's class path.
 * Start one per test class; {@link #close()} (or the end of this JVM) stops it.
 *
 * <pre>{@code
 * try (SolrCloudProcess solr = SolrCloudProcess.start()) {
 *     SearchBackend search = SearchBackends.open(SearchSettings.solr(solr.zkHost(), 1, 2), dataDir);
 *     solr.stopNode(0);
 * }
 * }</pre>
 */
public final class SolrCloudProcess implements AutoCloseable {
    /** Set by surefire to testing/solr-cloud/target, which holds classes/ and classpath.txt. */
    public static final String MODULE_TARGET = "quire.solrCloud.target";
    private static final long START_SECONDS = 180;
    private static final long COMMAND_SECONDS = 120;

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Thread shutdownHook;
    private final String zkHost;
    private final List<String> nodeUrls;
    private final long startedMillis;
    private final Path baseDir;

    private SolrCloudProcess(Process process, long launchedAt) {
        this.process = process;
        
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.shutdownHook = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Thread reader = new Thread(this::readAnswers, "solr-cloud-stdout");
        reader.setDaemon(true);
        reader.start();
        String ready = await("SOLR_CLOUD_READY", START_SECONDS);
        String[] parts = ready.split(" ");
        this.zkHost = parts[1].substring("zk=".length());
        this.nodeUrls = Arrays.asList(parts[2].substring("nodes=".length()).split(","));
        this.baseDir = Path.of(parts[3].substring("base=".length()));
        this.startedMillis = System.currentTimeMillis() - launchedAt;
    }

    /**
     * The test cluster module's build directory: from the property surefire sets, else found from the
     * working directory (a sibling module such as cluster/ or bench/, or the repository root).
     */
    private static Path moduleTarget() {
        String target = System.getProperty(MODULE_TARGET);
        if (target != null) {
            return Path.of(target);
        }
        for (Path candidate : List.of(Path.of("../testing/solr-cloud/target"), Path.of("testing/solr-cloud/target"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("testing/solr-cloud/target not found: set " + MODULE_TARGET
                + " or run from the repository (build it first: mvn -pl testing/solr-cloud package)");
    }

    /** Starts a cluster of two nodes and waits until both are up, in a JVM tuned to start fast for tests. */
    public static SolrCloudProcess start() {
        return start(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    }

    /**
     * Starts a cluster of two nodes in a JVM with these options and waits until both are up. Benchmarks
     * pass server-like options: the test defaults stop the JIT compiler at C1, which slows indexing.
     */
    public static SolrCloudProcess start(List<String> jvmOptions) {
        Path dir = moduleTarget();
        Path classpathFile = dir.resolve("classpath.txt");
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build the module first, e.g. "
                    + "mvn -pl testing/solr-cloud,server test");
        }
        try {
            String classpath = dir.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpathFile).trim();
            Path log = dir.resolve("solr-cloud.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classpath, "dev.quire.testing.solrcloud.SolrCloudMain", "2"));
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new SolrCloudProcess(process, System.currentTimeMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the SolrCloud test cluster", e);
        }
    }

    /** The ZooKeeper address with the cluster's chroot, as QUIRE_SOLR_ZK_HOST takes it. */
    public String zkHost() {
        return zkHost;
    }

    public List<String> nodeUrls() {
        return nodeUrls;
    }

    /** The directory holding every node's data (cores, indexes, transaction logs) and ZooKeeper's. */
    public Path baseDir() {
        return baseDir;
    }

    /** The cluster JVM's process id (benchmarks read its memory from /proc). */
    public long pid() {
        return process.pid();
    }

    /** How long the cluster took to start. */
    public long startMillis() {
        return startedMillis;
    }

    /** Stops node {@code n} (0 or 1) and waits until it is gone from the cluster. */
    public void stopNode(int n) {
        command("stop " + n, "SOLR_CLOUD_STOPPED");
    }

    /** Starts node {@code n} again on its old port and waits until it is live. */
    public void startNode(int n) {
        command("start " + n, "SOLR_CLOUD_STARTED");
    }

    private void command(String command, String expected) {
        try {
            commands.write(command + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the SolrCloud test cluster is gone", e);
        }
        await(expected, COMMAND_SECONDS);
    }

    private String await(String prefix, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String line;
            try {
                line = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (line == null) {
                throw new IllegalStateException("the SolrCloud test cluster did not answer " + prefix + " within "
                        + seconds + "s (see testing/solr-cloud/target/solr-cloud.log)");
            }
            if (line.startsWith("SOLR_CLOUD_ERROR")) {
                throw new IllegalStateException(line);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    private void readAnswers() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answers.add(line);
            }
        } catch (IOException e) {
            // the process ended
        }
        answers.add("SOLR_CLOUD_ERROR the cluster process exited");
    }

    @Override
    public void close() {
        try {
            commands.write("quit\n");
            commands.flush();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }
}
