package dev.quire.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.common.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A client for the common {@code POST /rerank} API as served by Cohere, Jina, Hugging Face TEI and
 * vLLM: {@code {model, query, documents, top_n}} in, {@code {results: [{index, relevance_score}]}}
 * out. A bare array of {@code {index, score}} (TEI's answer shape) is read too.
 */
public final class HttpReranker implements Reranker {
    private final HttpClient http;
    private final URI endpoint;
    private final Optional<String> model;
    private final Optional<String> apiKey;
    private final Duration timeout;

    public HttpReranker(HttpClient http, URI endpoint, Optional<String> model, Optional<String> apiKey,
                        Duration timeout) {
        this.http = http;
        this.endpoint = endpoint;
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    @Override
    public List<Double> score(String query, List<String> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        ObjectNode body = Json.mapper().createObjectNode();
        model.ifPresent(m -> body.put("model", m));
        body.put("query", query);
        body.put("top_n", documents.size());
        body.set("documents", Json.mapper().valueToTree(documents));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
        apiKey.ifPresent(k -> request.header("Authorization", "Bearer " + k));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new RerankException("reranker answered " + response.statusCode());
            }
            return scores(Json.read(response.body()), documents.size());
        } catch (IOException e) {
            throw new RerankException("reranker unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RerankException("interrupted");
        }
    }

    private static List<Double> scores(JsonNode body, int size) {
        JsonNode results = body.isArray() ? body : body.path("results");
        List<Double> scores = new ArrayList<>(Collections.nCopies(size, Double.NEGATIVE_INFINITY));
        for (JsonNode r : results) {
            int index = r.path("index").asInt(-1);
            JsonNode score = r.has("relevance_score") ? r.get("relevance_score") : r.path("score");
            if (index < 0 || index >= size || !score.isNumber()) {
                throw new RerankException("reranker answered an unexpected shape");
            }
            scores.set(index, score.asDouble());
        }
        return scores;
    }

    /** The reranker failed; retrieval answers 502 rather than silently returning unreranked results. */
    public static final class RerankException extends RuntimeException {
        public RerankException(String message) {
            super(message);
        }
    }
}
