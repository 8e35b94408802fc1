package dev.quire.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Any OpenAI-compatible {@code POST /v1/embeddings} service (OpenAI, Azure-style proxies,
 * text-embeddings-inference, Ollama, vLLM, LM Studio).
 *
 * <pre>{@code
 * Embedder embedder = new OpenAiEmbedder(HttpClient.newHttpClient(),
 *         OpenAiEmbedderConfig.of(URI.create("https://api.openai.com"), Optional.of(key), "text-embedding-3-small", 1536));
 * }</pre>
 */
public final class OpenAiEmbedder implements Embedder {
    private final HttpClient http;
    private final OpenAiEmbedderConfig config;
    private final URI endpoint;
    private final ObjectMapper json = new ObjectMapper();

    public OpenAiEmbedder(HttpClient http, OpenAiEmbedderConfig config) {
        this.http = http;
        this.config = config;
        String base = config.baseUrl().toString().replaceAll("/+$", "");
        this.endpoint = URI.create(base + "/v1/embeddings");
    }

    @Override
    public String modelName() {
        return config.model();
    }

    @Override
    public int dimension() {
        return config.dimension();
    }

    @Override
    public float[] embedQuery(String query) {
        return embedAll(List.of(config.queryPrefix() + query)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += config.batchSize()) {
            vectors.addAll(request(texts.subList(from, Math.min(texts.size(), from + config.batchSize()))));
        }
        return List.copyOf(vectors);
    }

    private List<float[]> request(List<String> batch) {
        HttpResponse<String> response = send(batch);
        if (response.statusCode() / 100 != 2) {
            throw new EmbeddingException("embeddings request to " + endpoint + " failed: HTTP " + response.statusCode()
                    + ": " + excerpt(response.body()));
        }
        EmbeddingsResponse body;
        try {
            body = json.readValue(response.body(), EmbeddingsResponse.class);
        } catch (JsonProcessingException e) {
            throw new EmbeddingException("malformed embeddings response: " + excerpt(response.body()), e);
        }
        return inInputOrder(body, batch.size());
    }

    private HttpResponse<String> send(List<String> batch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(new EmbeddingsRequest(config.model(), batch))));
        config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EmbeddingException("embeddings request to " + endpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingException("interrupted while waiting for " + endpoint, e);
        }
    }

    /** The protocol tags each vector with its input's index and does not promise order. */
    private List<float[]> inInputOrder(EmbeddingsResponse body, int expected) {
        if (body.data() == null || body.data().size() != expected) {
            throw new EmbeddingException("expected " + expected + " embeddings, got "
                    + (body.data() == null ? 0 : body.data().size()));
        }
        float[][] vectors = new float[expected][];
        for (EmbeddingsResponse.Item item : body.data()) {
            if (item.index() < 0 || item.index() >= expected || vectors[item.index()] != null || item.embedding() == null) {
                throw new EmbeddingException("bad or duplicate embedding index " + item.index());
            }
            if (item.embedding().length != config.dimension()) {
                throw new EmbeddingException("model " + config.model() + " returned " + item.embedding().length
                        + " dimensions, configured " + config.dimension());
            }
            vectors[item.index()] = Vectors.normalize(item.embedding());
        }
        return List.of(vectors);
    }

    private String toJson(EmbeddingsRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an embeddings request", e);
        }
    }

    private static String excerpt(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    record EmbeddingsRequest(String model, List<String> input) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EmbeddingsResponse(List<Item> data) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        record Item(int index, float[] embedding) {
        }
    }
}
