package dev.quire.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.common.Ids;
import dev.quire.db.Database;
import dev.quire.http.HttpServer;
import dev.quire.http.Idempotency;
import dev.quire.http.JdbiIdempotencyStore;
import dev.quire.tenancy.ApiKeys;
import dev.quire.tenancy.JdbiTenancyStore;
import dev.quire.tenancy.TenancyService;
import dev.quire.testing.S3ServerProcess;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A presigned link made on one node is served by any other node that shares the blob store and the
 * database (where the signing secret lives): a load balancer may send the download anywhere.
 */
class SharedBlobLinksTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_link_signed_on_one_node_downloads_from_another(@TempDir Path dir) throws Exception {
        try (S3ServerProcess s3 = S3ServerProcess.start();
             Database shared = Database.open(dir.resolve("shared-db"));
             Database other = Database.open(dir.resolve("other-db"));
             Node a = new Node(shared, s3.settings("shared-links"));
             Node b = new Node(shared, s3.settings("shared-links"));
             Node elsewhere = new Node(other, s3.settings("shared-links"))) {
            StoredBlob blob = a.blobs.put(new ByteArrayInputStream("a user's document".getBytes()));
            PresignedUrl link = a.presigner.presign(blob.key(), "text/plain", "notes.txt", Duration.ofMinutes(5));
            assertThat(link.url()).startsWith(a.baseUrl());

            HttpResponse<String> fromB = get(b.baseUrl() + path(link));
            assertThat(fromB.statusCode()).isEqualTo(200);
            assertThat(fromB.body()).isEqualTo("a user's document");
            assertThat(fromB.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    v -> assertThat(v).contains("notes.txt"));
            assertThat(get(a.baseUrl() + path(link)).statusCode()).isEqualTo(200);

            // Another database means another secret: the link is refused there, not served.
            assertThat(get(elsewhere.baseUrl() + path(link)).statusCode()).isEqualTo(403);

            // Deleted through B: A's link now finds nothing.
            assertThat(b.blobs.delete(blob.key())).isTrue();
            assertThat(get(a.baseUrl() + path(link)).statusCode()).isEqualTo(404);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String path(PresignedUrl link) {
        return URI.create(link.url()).getRawPath();
    }

    /** What one Quire node builds for presigned downloads: its own secrets reader, presigner, store and HTTP server. */
    private static final class Node implements AutoCloseable {
        final S3BlobStore blobs;
        final Presigner presigner;
        final HttpServer server;

        Node(Database db, BlobSettings.S3 settings) {
            Clock clock = Clock.systemUTC();
            AtomicReference<HttpServer> self = new AtomicReference<>();
            JdbiSecrets secrets = new JdbiSecrets(db.jdbi(), new SecureRandom(), clock);
            this.blobs = S3BlobStore.open(settings);
            this.presigner = new Presigner(secrets.loadOrCreate("presigned-urls"), clock,
                    () -> "http://127.0.0.1:" + self.get().port());
            JdbiTenancyStore tenancy = new JdbiTenancyStore(db.jdbi());
            this.server = new HttpServer(new HttpServer.Settings("127.0.0.1", 0, 1_000_000, "test"),
                    new TenancyService(tenancy, tenancy, new ApiKeys(new SecureRandom()), Ids.random(), clock),
                    new Idempotency(new JdbiIdempotencyStore(db.jdbi()), clock, 1_000_000),
                    secrets.loadOrCreate("page-tokens"), List.of(new StorageRoutes(presigner, blobs)));
            self.set(server);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.port();
        }

        @Override
        public void close() {
            server.close();
            blobs.close();
        }
    }
}
