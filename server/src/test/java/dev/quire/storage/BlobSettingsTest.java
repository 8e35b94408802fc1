package dev.quire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.common.ConfigurationError;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlobSettingsTest {
    private static final Map<String, String> S3 = Map.of("QUIRE_BLOB_STORE", "s3",
            "QUIRE_S3_ENDPOINT", "http://minio:9000", "QUIRE_S3_BUCKET", "quire-blobs",
            "QUIRE_S3_ACCESS_KEY", "quire", "QUIRE_S3_SECRET_KEY", "s3cr3t-value");

    private static Map<String, String> s3With(String name, String value) {
        Map<String, String> env = new HashMap<>(S3);
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return env;
    }

    @Test
    void unset_means_the_filesystem_swept_at_once_unless_an_external_database_lets_nodes_share_it() {
        assertThat(BlobSettings.fromEnvironment(Map.of())).isEqualTo(new BlobSettings.FileSystem(false));
        assertThat(BlobSettings.fromEnvironment(Map.of()).orphanMinimumAge()).isEqualTo(Duration.ZERO);
        BlobSettings shared = BlobSettings.fromEnvironment(Map.of("QUIRE_BLOB_STORE", "fs",
                "QUIRE_DATABASE_URL", "jdbc:postgresql://db:5432/quire"));
        assertThat(shared).isEqualTo(new BlobSettings.FileSystem(true));
        assertThat(shared.orphanMinimumAge()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void s3_settings_default_the_region_and_keep_the_secret_out_of_to_string() {
        BlobSettings settings = BlobSettings.fromEnvironment(S3);
        assertThat(settings).isEqualTo(new BlobSettings.S3(URI.create("http://minio:9000"), "quire-blobs",
                "us-east-1", "quire", "s3cr3t-value"));
        assertThat(settings.toString()).doesNotContain("s3cr3t-value").contains("minio:9000", "quire-blobs");
        assertThat(settings.orphanMinimumAge()).isEqualTo(Duration.ofHours(1));
        assertThat(((BlobSettings.S3) BlobSettings.fromEnvironment(s3With("QUIRE_S3_REGION", "eu-west-3"))).region())
                .isEqualTo("eu-west-3");
    }

    @Test
    void bad_values_name_the_variable() {
        assertRejected(Map.of("QUIRE_BLOB_STORE", "gcs"), "QUIRE_BLOB_STORE must be fs or s3, not 'gcs'");
        for (String name : new String[] {"QUIRE_S3_ENDPOINT", "QUIRE_S3_BUCKET", "QUIRE_S3_ACCESS_KEY",
                "QUIRE_S3_SECRET_KEY"}) {
            assertRejected(s3With(name, null), name + " is required when QUIRE_BLOB_STORE=s3");
            assertRejected(s3With(name, " "), name + " is required when QUIRE_BLOB_STORE=s3");
        }
        for (String endpoint : new String[] {"minio:9000", "ftp://minio", "http://", "http://u:p@minio:9000", "::"}) {
            assertRejected(s3With("QUIRE_S3_ENDPOINT", endpoint), "QUIRE_S3_ENDPOINT must be an http(s) URL");
        }
        for (String bucket : new String[] {"ab", "Quire", "quire_blobs", "-quire", "quire..blobs", "a".repeat(64)}) {
            assertRejected(s3With("QUIRE_S3_BUCKET", bucket), "QUIRE_S3_BUCKET must be 3-63 lowercase");
        }
    }

    @Test
    void s3_variables_without_the_s3_store_are_a_mistake_not_ignored() {
        assertRejected(Map.of("QUIRE_S3_BUCKET", "quire-blobs"), "QUIRE_S3_BUCKET is set but QUIRE_BLOB_STORE is not s3");
    }

    private static void assertRejected(Map<String, String> env, String message) {
        assertThatThrownBy(() -> BlobSettings.fromEnvironment(env))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t-value"));
    }
}
