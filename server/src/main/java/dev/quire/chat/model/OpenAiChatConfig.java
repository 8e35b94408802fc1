package dev.quire.chat.model;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how {@link OpenAiChatModel} calls an OpenAI-compatible Chat Completions endpoint.
 *
 * <pre>{@code
 * OpenAiChatConfig config = OpenAiChatConfig.of(URI.create("http://localhost:11434"), Optional.empty(), "qwen3:4b")
 *         .withTimeouts(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(60));
 * }</pre>
 *
 * @param baseUrl        the provider's root, with or without a trailing {@code /v1}; requests go to
 *                       {@code .../v1/chat/completions}
 * @param apiKey         sent as a bearer token when present (local servers usually need none)
 * @param model          the provider's model name, e.g. "gpt-4.1-mini"
 * @param connectTimeout for opening the TCP/TLS connection
 * @param requestTimeout for one whole attempt: connect, headers and the complete stream
 * @param idleTimeout    the longest silence allowed after the response headers (between chunks)
 * @param maxRetries     retries on 429, 5xx and connection errors, before any delta was streamed
 * @param temperature    sent when present, 0..2
 * @param maxTokens      sent as {@code max_tokens} when present
 */
public record OpenAiChatConfig(
        URI baseUrl,
        Optional<String> apiKey,
        String model,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration idleTimeout,
        int maxRetries,
        Optional<Double> temperature,
        Optional<Integer> maxTokens) {

    public OpenAiChatConfig {
        if (baseUrl == null || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("requestTimeout", requestTimeout);
        requirePositive("idleTimeout", idleTimeout);
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
        }
        apiKey = apiKey == null ? Optional.empty() : apiKey.filter(key -> !key.isBlank());
        temperature = temperature == null ? Optional.empty() : temperature;
        maxTokens = maxTokens == null ? Optional.empty() : maxTokens;
        temperature.filter(t -> t < 0 || t > 2 || t.isNaN()).ifPresent(t -> {
            throw new IllegalArgumentException("temperature must be within 0..2: " + t);
        });
        maxTokens.filter(n -> n < 1).ifPresent(n -> {
            throw new IllegalArgumentException("maxTokens must be positive: " + n);
        });
    }

    /**
     * Defaults that suit both hosted APIs and slow local models: connect 10 s, 10 min per attempt,
     * 2 min of silence (reasoning models and CPU prompt processing can be quiet for long), 2 retries,
     * the provider's own temperature and length limit.
     */
    public static OpenAiChatConfig of(URI baseUrl, Optional<String> apiKey, String model) {
        return new OpenAiChatConfig(baseUrl, apiKey, model, Duration.ofSeconds(10), Duration.ofMinutes(10),
                Duration.ofMinutes(2), 2, Optional.empty(), Optional.empty());
    }

    public OpenAiChatConfig withTimeouts(Duration connect, Duration request, Duration idle) {
        return new OpenAiChatConfig(baseUrl, apiKey, model, connect, request, idle, maxRetries, temperature, maxTokens);
    }

    public OpenAiChatConfig withMaxRetries(int retries) {
        return new OpenAiChatConfig(baseUrl, apiKey, model, connectTimeout, requestTimeout, idleTimeout, retries,
                temperature, maxTokens);
    }

    public OpenAiChatConfig withSampling(Optional<Double> newTemperature, Optional<Integer> newMaxTokens) {
        return new OpenAiChatConfig(baseUrl, apiKey, model, connectTimeout, requestTimeout, idleTimeout, maxRetries,
                newTemperature, newMaxTokens);
    }

    /**
     * {@code baseUrl + /v1/chat/completions}, accepting a base that already ends in {@code /v1}
     * (how OpenAI, Ollama and vLLM document theirs) or in the full path.
     */
    public URI completionsUrl() {
        String base = baseUrl.toString().replaceAll("/+$", "");
        base = stripSuffix(stripSuffix(base, "/chat/completions"), "/v1");
        return URI.create(base + "/v1/chat/completions");
    }

    @Override
    public String toString() {
        // Never print the key.
        return "OpenAiChatConfig[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isPresent() ? "***" : "none") + ", connectTimeout=" + connectTimeout + ", requestTimeout="
                + requestTimeout + ", idleTimeout=" + idleTimeout + ", maxRetries=" + maxRetries + ", temperature="
                + temperature + ", maxTokens=" + maxTokens + "]";
    }

    private static String stripSuffix(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
