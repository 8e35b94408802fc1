package dev.quire.bench;

import dev.quire.cluster.LocalCluster;
import dev.quire.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Throughput with one and with two Quire nodes on the same backends (PostgreSQL, two-node SolrCloud,
 * S3 server), through a round-robin balancer: ingest (several indexes synced at once, so jobs can
 * spread over nodes) and retrieve (closed-loop load). Printed side by side with the 2-node / 1-node
 * ratio. Every process shares this machine's cores, so the ratio says what a second node adds here,
 * not what a second machine would.
 *
 * <p>Usage: {@code bench/run cluster [docs-per-index] [indexes] [retrieve-seconds] [concurrency]}
 */
public final class ClusterBench {
    private ClusterBench() {}

    private record Ingest(List<String> indexes, int docs, int chunks, double seconds) {
        double docsPerSecond() {
            return docs / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int docsPerIndex = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int indexes = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Duration retrieveTime = Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 20);
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        Scifact data = Scifact.load(Scifact.defaultLocation());
        Path work = Files.createTempDirectory("quire-bench-cluster");
        try (LocalCluster cluster = LocalCluster.start(work, 2, Map.of())) {
            String url = cluster.balancer().baseUrl();
            Api api = new Api(url, TestServer.ADMIN_KEY);
            // Uploads go to node 0 directly: they are set-up, not what is measured (syncs and retrieval are).
            Api uploads = new Api(cluster.node(0).baseUrl(), TestServer.ADMIN_KEY);

            cluster.kill(1);
            Ingest one = ingest(api, uploads, data, docsPerIndex, indexes, "one");
            String index = one.indexes().get(0);
            LoadRun.Result retrieveOne = retrieve(url, index, retrieveTime, concurrency, "retrieve, 1 node");

            cluster.startNode(1);
            Ingest two = ingest(api, uploads, data, docsPerIndex, indexes, "two");
            LoadRun.Result retrieveTwo = retrieve(url, index, retrieveTime, concurrency, "retrieve, 2 nodes");

            System.out.printf("cluster: PostgreSQL + SolrCloud (2 Solr nodes, 2 replicas) + S3 server, %d cores, "
                    + "%d indexes x %d SciFact docs per ingest run%n", Runtime.getRuntime().availableProcessors(),
                    indexes, docsPerIndex);
            System.out.printf("ingest, 1 node:   %7.1f docs/s  (%d docs, %d chunks, %.1f s)%n", one.docsPerSecond(),
                    one.docs(), one.chunks(), one.seconds());
            System.out.printf("ingest, 2 nodes:  %7.1f docs/s  (%d docs, %d chunks, %.1f s)%n", two.docsPerSecond(),
                    two.docs(), two.chunks(), two.seconds());
            System.out.println(retrieveOne.line());
            System.out.println(retrieveTwo.line());
            System.out.printf("scaling 2 nodes / 1 node: ingest %.2f, retrieve %.2f%n",
                    two.docsPerSecond() / one.docsPerSecond(), retrieveTwo.throughput() / retrieveOne.throughput());
        }
    }

    /** Uploads the same docs into {@code indexes} directories, creates an index over each, waits for all. */
    private static Ingest ingest(Api api, Api uploads, Scifact data, int docsPerIndex, int indexes, String run)
            throws Exception {
        List<String> ids = new ArrayList<>();
        List<Scifact.Doc> docs = data.corpus.subList(0, Math.min(docsPerIndex, data.corpus.size()));
        List<String> dirs = new ArrayList<>();
        for (int i = 0; i < indexes; i++) {
            String dir = uploads.post("/api/v1/beta/directories", "{\"name\": \"" + run + "-" + i + "\"}").get("id")
                    .asText();
            uploads.uploadAll(dir, docs);
            dirs.add(dir);
        }
        long t0 = System.nanoTime();
        for (String dir : dirs) {
            ids.add(api.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").get("id").asText());
        }
        int chunks = 0;
        for (String id : ids) {
            chunks += api.awaitReady(id).at("/metadata/num_chunks").asInt();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Ingest(ids, docs.size() * indexes, chunks, seconds);
    }

    private static LoadRun.Result retrieve(String url, String index, Duration time, int concurrency, String label)
            throws Exception {
        return LoadRun.run(label, LoadRun.post(url + "/api/v1/retrieval/retrieve", TestServer.ADMIN_KEY,
                "{\"index_id\": \"" + index + "\", \"query\": \"vitamin D deficiency and bone fractures\", "
                        + "\"top_k\": 10, \"rerank\": {\"enabled\": false}}"), concurrency, time, 200);
    }
}
