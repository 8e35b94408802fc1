package dev.quire.bench;

import dev.quire.Config;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The server configuration a benchmark runs with: the environment's QUIRE_* settings (so a run can
 * compare, say, QUIRE_EMBEDDER=onnx-fp32 or QUIRE_CHUNK_TOKENS=500 with the defaults), on loopback, a
 * free port, a temporary data directory and the benchmark's own key.
 */
final class BenchConfig {
    private BenchConfig() {}

    static Config fromEnvironment(Path dataDir, String apiKey) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("QUIRE_HOST", "127.0.0.1");
        env.put("QUIRE_PORT", "0");
        env.put("QUIRE_DATA_DIR", dataDir.toString());
        env.put("QUIRE_API_KEY", apiKey);
        env.remove("QUIRE_PUBLIC_URL");
        return Config.fromEnvironment(env);
    }
}
