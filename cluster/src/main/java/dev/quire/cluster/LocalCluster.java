package dev.quire.cluster;

import dev.quire.testing.HttpApi;
import dev.quire.testing.PostgresDatabase;
import dev.quire.testing.S3ServerProcess;
import dev.quire.testing.ServerProcess;
import dev.quire.testing.SolrCloudProcess;
import dev.quire.testing.TestServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quire as a team outgrowing one machine runs it: N node processes (each {@code dev.quire.Main} with
 * its own port and data directory) sharing a PostgreSQL database, a two-node SolrCloud cluster and an
 * S3 server, behind a round-robin balancer. Every node gets the same admin key
 * ({@link TestServer#ADMIN_KEY}). Nodes can be killed ({@code kill -9}) and started again.
 *
 * <pre>{@code
 * try (LocalCluster cluster = LocalCluster.start(dir, 2, Map.of())) {
 *     cluster.node(0).post("/api/v1/beta/directories", "{\"name\": \"a\"}");
 *     cluster.balancer().get("/api/v1/beta/directories");
 * }
 * }</pre>
 */
public final class LocalCluster implements AutoCloseable {
    private static final Duration NODE_START = Duration.ofMinutes(2);

    private final Path work;
    private final PostgresDatabase database;
    private final SolrCloudProcess solr;
    private final S3ServerProcess s3;
    private final Map<String, String> env;
    private final List<ServerProcess> nodes = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private final RoundRobinProxy proxy;

    private LocalCluster(Path work, PostgresDatabase database, SolrCloudProcess solr, S3ServerProcess s3,
                         Map<String, String> env, int nodeCount) throws InterruptedException {
        this.work = work;
        this.database = database;
        this.solr = solr;
        this.s3 = s3;
        this.env = env;
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(null);
            urls.add(null);
        }
        // One after the other: the first start creates the schema, the collections' configset and the bucket.
        for (int i = 0; i < nodeCount; i++) {
            startNode(i);
        }
        this.proxy = new RoundRobinProxy(0, nodeCount, this::urlIfUp);
    }

    /**
     * Starts the backends, then {@code nodeCount} nodes configured for them; {@code extraEnv} is added to
     * every node's environment (shorter leases for tests, say).
     */
    public static LocalCluster start(Path work, int nodeCount, Map<String, String> extraEnv) throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            PostgresDatabase database = PostgresDatabase.create();
            started.add(database);
            SolrCloudProcess solr = SolrCloudProcess.start();
            started.add(solr);
            S3ServerProcess s3 = S3ServerProcess.start();
            started.add(s3);
            Map<String, String> env = new HashMap<>();
            env.put("QUIRE_DATABASE_URL", database.url());
            env.put("QUIRE_DATABASE_USER", database.settings().user().orElseThrow());
            env.put("QUIRE_SEARCH", "solr");
            env.put("QUIRE_SOLR_ZK_HOST", solr.zkHost());
            env.put("QUIRE_SOLR_SHARDS", "1");
            // Two replicas on two Solr nodes: either node alone holds all the chunks.
            env.put("QUIRE_SOLR_REPLICAS", "2");
            // Test clients parse presigned links of these loopback nodes by URL.
            env.put("QUIRE_PARSE_URL_PRIVATE_HOSTS", "127.0.0.1");
            env.put("QUIRE_BLOB_STORE", "s3");
            env.put("QUIRE_S3_ENDPOINT", s3.endpoint().toString());
            env.put("QUIRE_S3_BUCKET", "quire-cluster");
            env.put("QUIRE_S3_REGION", "us-east-1");
            env.put("QUIRE_S3_ACCESS_KEY", s3.accessKey());
            env.put("QUIRE_S3_SECRET_KEY", s3.secretKey());
            env.putAll(extraEnv);
            return new LocalCluster(work, database, solr, s3, Map.copyOf(env), nodeCount);
        } catch (Exception | Error e) {
            for (int i = started.size() - 1; i >= 0; i--) {
                started.get(i).close();
            }
            throw e;
        }
    }

    /** The environment every node gets: the backends' QUIRE_* variables (no data directory, no port). */
    public Map<String, String> environment() {
        return env;
    }

    public SolrCloudProcess solr() {
        return solr;
    }

    public int size() {
        return nodes.size();
    }

    /** Starts node {@code i} (again, after {@link #kill}) on a new port, over its own data directory. */
    public void startNode(int i) throws InterruptedException {
        if (isUp(i)) {
            throw new IllegalStateException("node " + i + " is running");
        }
        Path dataDir = work.resolve("node-" + i);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerProcess node = ServerProcess.start(dataDir, env);
        int port = node.awaitListening(NODE_START);
        synchronized (this) {
            nodes.set(i, node);
            urls.set(i, "http://127.0.0.1:" + port);
        }
    }

    /** {@code kill -9}: the node gets no chance to finish anything. The balancer skips it until it is started again. */
    public void kill(int i) throws InterruptedException {
        ServerProcess node;
        synchronized (this) {
            node = nodes.get(i);
            nodes.set(i, null);
        }
        if (node != null) {
            node.close();
        }
    }

    private synchronized String urlIfUp(int i) {
        return isUp(i) ? urls.get(i) : null;
    }

    public synchronized boolean isUp(int i) {
        return nodes.get(i) != null;
    }

    /** A client of node {@code i} with the admin key. */
    public HttpApi node(int i) {
        return new HttpApi(urls.get(i), TestServer.ADMIN_KEY);
    }

    /** A client of the balancer (requests alternate between the running nodes) with the admin key. */
    public HttpApi balancer() {
        return new HttpApi(proxy.baseUrl(), TestServer.ADMIN_KEY);
    }

    /** The output of node {@code i} so far, for assertion messages. */
    public String logs(int i) {
        ServerProcess node = nodes.get(i);
        return node == null ? "(not running)" : String.join("\n", node.stdout()) + "\n" + String.join("\n", node.stderr());
    }

    @Override
    public void close() throws Exception {
        proxy.close();
        for (int i = 0; i < nodes.size(); i++) {
            kill(i);
        }
        s3.close();
        solr.close();
        database.close();
    }

    /**
     * Runs a cluster until stdin closes: {@code java -cp ... dev.quire.cluster.LocalCluster [nodes] [work-dir]}.
     * Prints {@code cluster ready <balancer-url> <admin-key> <node-url>...} when every node answers.
     */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("quire-cluster");
        try (LocalCluster cluster = start(work, count, Map.of())) {
            System.out.println("cluster ready " + cluster.proxy.baseUrl() + " " + TestServer.ADMIN_KEY + " "
                    + String.join(" ", cluster.urls));
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                // Runs until the parent closes stdin or exits.
            }
        }
    }
}
