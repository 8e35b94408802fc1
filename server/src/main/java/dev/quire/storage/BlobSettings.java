package dev.quire.storage;

import dev.quire.common.ConfigurationError;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where blobs live, read from {@code QUIRE_BLOB_STORE} ({@code fs}, the default, or {@code s3}) and
 * the {@code QUIRE_S3_*} variables. Bad values fail with a {@link ConfigurationError} naming the
 * variable. Whether several processes may share the store decides how old an unreferenced blob must
 * be before the start-up sweep removes it ({@link #orphanMinimumAge()}).
 *
 * <pre>{@code
 * BlobSettings settings = BlobSettings.fromEnvironment(System.getenv());
 * BlobStore blobs = BlobStores.open(settings, dataDir);
 * OrphanBlobs.sweep(blobs, references, settings.orphanMinimumAge(), clock);
 * }</pre>
 */
public sealed interface BlobSettings {
    /** How old an unreferenced blob (or leftover temp file) must be before a sweep removes it. */
    Duration orphanMinimumAge();

    /**
     * Blobs under {@code QUIRE_DATA_DIR/blobs}. {@code shared}: other processes may use the same
     * directory, which is possible only with an external database ({@code QUIRE_DATABASE_URL}): the
     * embedded one locks the data directory to one process.
     */
    record FileSystem(boolean shared) implements BlobSettings {
        @Override
        public Duration orphanMinimumAge() {
            return shared ? OrphanBlobs.SHARED_STORE_MINIMUM_AGE : Duration.ZERO;
        }
    }

    /** Blobs in a bucket of an S3-compatible store, which any number of processes may share. */
    record S3(URI endpoint, String bucket, String region, String accessKey, String secretKey) implements BlobSettings {
        @Override
        public Duration orphanMinimumAge() {
            return OrphanBlobs.SHARED_STORE_MINIMUM_AGE;
        }

        /** Without the secret: settings end up in logs and failure messages. */
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region
                    + ", accessKey=" + accessKey + ", secretKey=***]";
        }
    }

    String DEFAULT_REGION = "us-east-1";

    /** The settings the {@code QUIRE_*} variables in {@code env} describe; unset means the filesystem store. */
    static BlobSettings fromEnvironment(Map<String, String> env) {
        String kind = value(env, "QUIRE_BLOB_STORE");
        if (kind == null || kind.equalsIgnoreCase("fs")) {
            for (String name : new String[] {"QUIRE_S3_ENDPOINT", "QUIRE_S3_BUCKET", "QUIRE_S3_ACCESS_KEY",
                    "QUIRE_S3_SECRET_KEY"}) {
                if (value(env, name) != null) {
                    throw new ConfigurationError(name + " is set but QUIRE_BLOB_STORE is not s3 (blobs would "
                            + "stay on the local disk): set QUIRE_BLOB_STORE=s3, or unset " + name);
                }
            }
            return new FileSystem(value(env, "QUIRE_DATABASE_URL") != null);
        }
        if (!kind.equalsIgnoreCase("s3")) {
            throw new ConfigurationError("QUIRE_BLOB_STORE must be fs or s3, not '" + kind + "'");
        }
        String region = value(env, "QUIRE_S3_REGION");
        return new S3(endpoint(required(env, "QUIRE_S3_ENDPOINT")), bucket(required(env, "QUIRE_S3_BUCKET")),
                region == null ? DEFAULT_REGION : region, required(env, "QUIRE_S3_ACCESS_KEY"),
                required(env, "QUIRE_S3_SECRET_KEY"));
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String required(Map<String, String> env, String name) {
        String v = value(env, name);
        if (v == null) {
            throw new ConfigurationError(name + " is required when QUIRE_BLOB_STORE=s3");
        }
        return v;
    }

    private static URI endpoint(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null && uri.getQuery() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below, with the expected form.
        }
        throw new ConfigurationError("QUIRE_S3_ENDPOINT must be an http(s) URL such as http://minio:9000, not '"
                + value + "'");
    }

    /** S3's bucket naming rules (path-style requests put the name in the path, so no further limits). */
    private static String bucket(String value) {
        if (!Pattern.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", value) || value.contains("..")) {
            throw new ConfigurationError("QUIRE_S3_BUCKET must be 3-63 lowercase letters, digits, dots or "
                    + "hyphens, starting and ending with a letter or digit, not '" + value + "'");
        }
        return value;
    }
}
