package dev.quire.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how {@link OpenAiEmbedder} calls an OpenAI-compatible embeddings endpoint.
 *
 * @param baseUrl     requests go to {@code baseUrl + "/v1/embeddings"}
 * @param apiKey      sent as a bearer token when present (local servers often need none)
 * @param model       the provider's model name, e.g. "text-embedding-3-small"
 * @param dimension   what the model returns; checked on every response
 * @param batchSize   texts per request
 * @param timeout     per request
 * @param queryPrefix prepended to queries only, for models that want an instruction ("" for OpenAI's)
 */
public record OpenAiEmbedderConfig(
        URI baseUrl,
        Optional<String> apiKey,
        String model,
        int dimension,
        int batchSize,
        Duration timeout,
        String queryPrefix) {

    public OpenAiEmbedderConfig {
        if (baseUrl == null || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        if (dimension < 1 || batchSize < 1) {
            throw new IllegalArgumentException("dimension and batchSize must be positive: " + dimension + ", " + batchSize);
        }
        apiKey = apiKey.filter(key -> !key.isBlank());
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        queryPrefix = queryPrefix == null ? "" : queryPrefix;
    }

    /** OpenAI-style defaults: 96 texts a request, 60 s timeout, no query prefix. */
    public static OpenAiEmbedderConfig of(URI baseUrl, Optional<String> apiKey, String model, int dimension) {
        return new OpenAiEmbedderConfig(baseUrl, apiKey, model, dimension, 96, Duration.ofSeconds(60), "");
    }

    @Override
    public String toString() {
        // Never print the key.
        return "OpenAiEmbedderConfig[baseUrl=" + baseUrl + ", model=" + model + ", dimension=" + dimension
                + ", apiKey=" + (apiKey.isPresent() ? "***" : "none") + "]";
    }
}
