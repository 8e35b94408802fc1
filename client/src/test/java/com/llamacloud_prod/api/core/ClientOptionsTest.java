package com.llamacloud_prod.api.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

    private static final OkHttpClient HTTP = new OkHttpClient();

    private static ClientOptions.Builder fromEnv(Map<String, String> env, Map<String, String> properties) {
        return ClientOptions.builder().httpClient(HTTP).fromEnv(env::get, properties::get);
    }

    @Test
    void reads_key_and_base_url_from_the_environment() {
        ClientOptions options = fromEnv(
                Map.of("LLAMA_CLOUD_API_KEY", "k1", "LLAMA_CLOUD_BASE_URL", "http://localhost:9000",
                        "LLAMA_CLOUD_CUSTOM_HEADERS", "X-Team: search\nX-Env: test"),
                Map.of()).build();

        assertThat(options.apiKey()).isEqualTo("k1");
        assertThat(options.baseUrl()).isEqualTo("http://localhost:9000");
        assertThat(options.headers().values("Authorization")).containsExactly("Bearer k1");
        assertThat(options.headers().values("x-team")).containsExactly("search");
        assertThat(options.headers().values("X-Env")).containsExactly("test");
    }

    @Test
    void falls_back_to_llama_parse_api_key_and_the_production_url() {
        ClientOptions options = fromEnv(Map.of("LLAMA_PARSE_API_KEY", "k2", "LLAMA_CLOUD_BASE_URL", ""), Map.of())
                .build();

        assertThat(options.apiKey()).isEqualTo("k2");
        assertThat(options.baseUrl()).isEqualTo("https://api.cloud.llamaindex.ai");
    }

    @Test
    void system_properties_win_over_environment_variables() {
        ClientOptions options = fromEnv(Map.of("LLAMA_CLOUD_API_KEY", "env"), Map.of("llamacloud.apiKey", "prop"))
                .build();

        assertThat(options.apiKey()).isEqualTo("prop");
    }

    @Test
    void rejects_a_missing_api_key_naming_the_variable() {
        assertThatThrownBy(() -> fromEnv(Map.of(), Map.of()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("`apiKey` is required")
                .hasMessageContaining("LLAMA_CLOUD_API_KEY");
    }

    @Test
    void rejects_invalid_values_naming_them() {
        ClientOptions.Builder builder = ClientOptions.builder().httpClient(HTTP).apiKey("k");

        assertThatThrownBy(() -> builder.maxRetries(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRetries must be >= 0: -1");
        assertThatThrownBy(() -> builder.maxRetries(0).baseUrl("localhost:8080").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must be an absolute http(s) URL: localhost:8080");
        assertThatThrownBy(() -> Timeout.builder().connect(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connect timeout must not be negative: PT-1S");
    }

    @Test
    void variants_share_the_http_client_and_keep_the_original_unchanged() {
        ClientOptions original = ClientOptions.builder().httpClient(HTTP).apiKey("k").build();

        ClientOptions variant = original.toBuilder().timeout(Duration.ofSeconds(5)).maxRetries(4).build();

        assertThat(variant.httpClient()).isSameAs(original.httpClient());
        assertThat(variant.timeout().request()).isEqualTo(Duration.ofSeconds(5));
        assertThat(variant.timeout().read()).isEqualTo(Duration.ofSeconds(5));
        assertThat(original.maxRetries()).isEqualTo(2);
        assertThat(original.timeout().request()).isEqualTo(Duration.ofMinutes(1));
        assertThat(original.toString()).doesNotContain("k\"").doesNotContain("apiKey");
    }

    @Test
    void request_options_override_only_the_limits_they_set() {
        Timeout client = Timeout.builder().connect(Duration.ofSeconds(3)).request(Duration.ofSeconds(30)).build();

        Timeout effective = RequestOptions.builder().timeout(Duration.ofSeconds(5)).build().timeoutOr(client);

        assertThat(effective.connect()).isEqualTo(Duration.ofSeconds(3));
        assertThat(effective.request()).isEqualTo(Duration.ofSeconds(5));
        assertThat(RequestOptions.none().timeoutOr(client)).isEqualTo(client);
    }

    @Test
    void parses_date_times_leniently() {
        assertThat(ObjectMappers.parseDateTime("2026-04-22T12:34:41Z").toString()).isEqualTo("2026-04-22T12:34:41Z");
        assertThat(ObjectMappers.parseDateTime("2026-04-22T12:34:41.5").toString()).isEqualTo("2026-04-22T12:34:41.500Z");
        assertThat(ObjectMappers.parseDateTime("2026-04-22 12:34:41+02:00").toString())
                .isEqualTo("2026-04-22T12:34:41+02:00");
        assertThat(ObjectMappers.parseDateTime("2026-04-22").toString()).isEqualTo("2026-04-22T00:00Z");
    }
}
