package dev.quire;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * All configuration, read from the environment in this one place. Every setting has a default that
 * works on a laptop and a row in the README's configuration table.
 *
 * @param host           QUIRE_HOST: interface to bind
 * @param port           QUIRE_PORT: TCP port; 0 picks a free one (tests)
 * @param dataDir        QUIRE_DATA_DIR: database, blobs and search indexes live here
 * @param apiKey         QUIRE_API_KEY: accepted as an admin key of the default project when set
 * @param maxJsonBytes   QUIRE_MAX_JSON_BYTES: largest JSON request body accepted (413 above)
 * @param publicBaseUrl  QUIRE_PUBLIC_URL: base of presigned links; defaults to http://host:port
 */
public record Config(
        String host,
        int port,
        Path dataDir,
        Optional<String> apiKey,
        long maxJsonBytes,
        Optional<String> publicBaseUrl) {

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                env.getOrDefault("QUIRE_HOST", "127.0.0.1"),
                intSetting(env, "QUIRE_PORT", 8080),
                Path.of(env.getOrDefault("QUIRE_DATA_DIR", "./quire-data")).toAbsolutePath().normalize(),
                nonBlank(env.get("QUIRE_API_KEY")),
                longSetting(env, "QUIRE_MAX_JSON_BYTES", 1_048_576L),
                nonBlank(env.get("QUIRE_PUBLIC_URL")));
    }

    /** A configuration for tests and benchmarks: a random port on loopback over the given directory. */
    public static Config forTesting(Path dataDir, String apiKey) {
        return new Config("127.0.0.1", 0, dataDir, Optional.of(apiKey), 1_048_576L, Optional.empty());
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static int intSetting(Map<String, String> env, String name, int fallback) {
        return (int) longSetting(env, name, fallback);
    }

    private static long longSetting(Map<String, String> env, String name, long fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got: " + raw);
        }
    }
}
