package dev.quire.testing.solrcloud;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs Solr's MiniSolrCloudCluster (embedded ZooKeeper, N Jetty nodes) in a temp directory for the
 * server's tests, in a process of its own because its Jetty 10 clashes with the server's Jetty 12.
 *
 * <p>Usage: {@code java -cp ... dev.quire.testing.solrcloud.SolrCloudMain [nodes]}. Prints one line
 * {@code SOLR_CLOUD_READY zk=<host:port/chroot> nodes=<url>,<url> base=<dir>} once every node is up (base: the
 * directory holding the nodes' data and ZooKeeper's, which benchmarks measure), then reads
 * commands from stdin, answering each with one line:
 * {@code stop <n>} -> {@code SOLR_CLOUD_STOPPED <n>}, {@code start <n>} -> {@code SOLR_CLOUD_STARTED <n> <url>},
 * {@code quit} (or the end of stdin, when the parent dies) shuts the cluster down and exits.
 */
public final class SolrCloudMain {
    private SolrCloudMain() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        // Solr's logging goes to stderr; stdout carries only the protocol lines.
        PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Path base = Files.createTempDirectory("quire-solr-cloud");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(size, base,
                JettyConfig.builder().setContext("/solr").build());
        Thread stopper = new Thread(() -> shutdown(cluster, base));
        Runtime.getRuntime().addShutdownHook(stopper);
        protocol.println("SOLR_CLOUD_READY zk=" + cluster.getZkServer().getZkAddress() + " nodes="
                + cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).collect(Collectors.joining(","))
                + " base=" + base.toAbsolutePath());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.trim().split("\\s+");
            try {
                if (words[0].equals("quit")) {
                    break;
                } else if (words[0].equals("stop")) {
                    int n = Integer.parseInt(words[1]);
                    JettySolrRunner jetty = cluster.getJettySolrRunner(n);
                    jetty.stop();
                    cluster.waitForJettyToStop(jetty);
                    protocol.println("SOLR_CLOUD_STOPPED " + n);
                } else if (words[0].equals("start")) {
                    int n = Integer.parseInt(words[1]);
                    JettySolrRunner jetty = cluster.getJettySolrRunner(n);
                    jetty.start(true);
                    cluster.waitForNode(jetty, 60);
                    protocol.println("SOLR_CLOUD_STARTED " + n + " " + jetty.getBaseUrl());
                } else {
                    protocol.println("SOLR_CLOUD_ERROR unknown command: " + line);
                }
            } catch (Exception e) {
                protocol.println("SOLR_CLOUD_ERROR " + e);
            }
        }
        Runtime.getRuntime().removeShutdownHook(stopper);
        shutdown(cluster, base);
        System.exit(0);
    }

    private static void shutdown(MiniSolrCloudCluster cluster, Path base) {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("cluster shutdown failed: " + e);
        }
        try (var paths = Files.walk(base)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (Exception e) {
            System.err.println("cannot delete " + base + ": " + e);
        }
    }

}
