package dev.quire.storage;

import dev.quire.testing.S3ServerProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

/** The contract against a real S3 server started for the class; each test gets its own bucket. */
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
}
