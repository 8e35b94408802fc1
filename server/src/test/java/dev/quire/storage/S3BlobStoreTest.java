package dev.quire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.common.ConfigurationError;
import dev.quire.testing.S3ServerProcess;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

/** The contract against a real S3 server started for the class; each test gets its own bucket. Plus start-up failures. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3BlobStoreTest extends BlobStoreContract {
    private S3ServerProcess server;
    private String bucket;
    private final List<S3BlobStore> opened = new ArrayList<>();

    @BeforeAll
    void startServer() {
        server = S3ServerProcess.start();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @BeforeEach
    void newBucket() {
        bucket = "quire-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void closeStores() {
        opened.forEach(S3BlobStore::close);
        opened.clear();
    }

    @Override
    protected BlobStore store() {
        S3BlobStore store = S3BlobStore.open(server.settings(bucket));
        opened.add(store);
        return store;
    }

    @Override
    protected List<String> partialUploads() {
        try (S3Client s3 = S3Client.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .forcePathStyle(true).httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.accessKey(), server.secretKey()))).build()) {
            return s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().stream().map(MultipartUpload::key).toList();
        }
    }

    @Test
    void creates_the_bucket_on_first_open_and_reuses_it_after(@org.junit.jupiter.api.io.TempDir Path dataDir) {
        BlobStore first = BlobStores.open(server.settings(bucket), dataDir);
        StoredBlob blob = first.put(new ByteArrayInputStream("kept".getBytes()));
        assertThat(first).isInstanceOf(S3BlobStore.class);
        try (S3BlobStore again = S3BlobStore.open(server.settings(bucket))) {
            assertThat(again.keys()).containsExactly(blob.key());
        }
        ((S3BlobStore) first).close();
    }

    @Test
    void refused_credentials_fail_start_up_naming_the_variables_but_not_the_secret() {
        String wrongSecret = "wrong-" + server.secretKey();
        BlobSettings.S3 settings = new BlobSettings.S3(server.endpoint(), bucket, "us-east-1", server.accessKey(),
                wrongSecret);
        assertThatThrownBy(() -> S3BlobStore.open(settings))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("QUIRE_S3_ACCESS_KEY").hasMessageContaining("QUIRE_S3_SECRET_KEY")
                .hasMessageContaining(server.endpoint().toString()).hasMessageContaining("403")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrongSecret, server.secretKey()));
    }

    @Test
    void an_unreachable_endpoint_fails_start_up_naming_it() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        BlobSettings.S3 settings = new BlobSettings.S3(nowhere, bucket, "us-east-1", "key", "secret-value");
        assertThatThrownBy(() -> S3BlobStore.open(settings))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("QUIRE_S3_ENDPOINT").hasMessageContaining(nowhere.toString())
                .hasMessageContaining("unreachable")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-value"));
    }
}
