package com.llamacloud_prod.api.example;

import dev.quire.cluster.LocalCluster;
import dev.quire.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link LiveServer} parameters. By default each class (for a {@code @BeforeAll} parameter)
 * or test method gets a fresh in-process server, stopped when that class or method is done.
 *
 * <p>With {@code -Dquire.cluster=true} (the surefire execution {@code cluster}) every test gets the
 * balancer of ONE two-node {@link LocalCluster} (PostgreSQL, SolrCloud, S3, nodes in their own
 * processes), so consecutive SDK calls land on different nodes. The cluster lives in the root
 * context's store: started by the first test class that asks, closed when the whole run ends.
 */
final class LiveServerExtension implements ParameterResolver {
    static final String CLUSTER_PROPERTY = "quire.cluster";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LiveServerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LiveServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (Boolean.getBoolean(CLUSTER_PROPERTY)) {
            SharedCluster cluster = context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(SharedCluster.class, k -> SharedCluster.start(), SharedCluster.class);
            return LiveServer.remote(cluster.balancerUrl(), TestServer.ADMIN_KEY);
        }
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(InProcess.class, k -> InProcess.start(), InProcess.class).server;
    }

    /** An in-process server over a temporary data directory, both gone on close. */
    private record InProcess(Path dataDir, LiveServer server) implements AutoCloseable {
        static InProcess start() {
            Path dir = temporaryDirectory("quire-sdk-test");
            try {
                return new InProcess(dir, LiveServer.inProcess(dir));
            } catch (Exception e) {
                delete(dir);
                throw new IllegalStateException("the in-process server did not start", e);
            }
        }

        @Override
        public void close() {
            server.close();
            delete(dataDir);
        }
    }

    /** The one cluster of a {@code -Dquire.cluster=true} run. */
    private record SharedCluster(Path work, LocalCluster cluster) implements AutoCloseable {
        static SharedCluster start() {
            Path work = temporaryDirectory("quire-sdk-cluster");
            try {
                return new SharedCluster(work, LocalCluster.start(work, 2, Map.of()));
            } catch (Exception e) {
                delete(work);
                throw new IllegalStateException("the local cluster did not start", e);
            }
        }

        String balancerUrl() {
            return cluster.balancer().baseUrl();
        }

        @Override
        public void close() throws Exception {
            try {
                cluster.close();
            } finally {
                delete(work);
            }
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
