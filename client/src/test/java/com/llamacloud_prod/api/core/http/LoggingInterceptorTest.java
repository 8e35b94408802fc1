package com.llamacloud_prod.api.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.core.LogLevel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoggingInterceptorTest {

    private final MockWebServer server = new MockWebServer();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        server.start(0);
        server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json")
                .addHeader("Set-Cookie", "session=abc").body("{\"id\":\"dir-1\"}").build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String call(LogLevel level) throws Exception {
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(new LoggingInterceptor(level, new PrintStream(log, true, StandardCharsets.UTF_8)))
                .build();
        Request request = new Request.Builder().url(server.url("/api/v1/beta/directories"))
                .header("Authorization", "Bearer qk-secret")
                .post(RequestBody.create("{\"name\":\"docs\"}", MediaType.get("application/json")))
                .build();
        try (Response response = client.newCall(request).execute()) {
            assertThat(response.body().string()).isEqualTo("{\"id\":\"dir-1\"}");
        }
        return log.toString(StandardCharsets.UTF_8);
    }

    @Test
    void info_writes_one_line_per_request_and_response() throws Exception {
        String out = call(LogLevel.INFO);

        assertThat(out).contains("--> POST " + server.url("/api/v1/beta/directories") + " (15-byte body)");
        assertThat(out).containsPattern("<-- 201 \\(\\d+ms, 14-byte body\\)");
        assertThat(out).doesNotContain("Authorization").doesNotContain("docs");
    }

    @Test
    void debug_adds_headers_with_credentials_redacted_and_bodies() throws Exception {
        String out = call(LogLevel.DEBUG);

        assertThat(out).contains("Authorization: ██").doesNotContain("qk-secret");
        assertThat(out).contains("Set-Cookie: ██").doesNotContain("session=abc");
        assertThat(out).contains("{\"name\":\"docs\"}").contains("{\"id\":\"dir-1\"}");
    }

    @Test
    void levels_are_read_from_their_names() {
        assertThat(LogLevel.DEBUG.shouldLog(LogLevel.INFO)).isTrue();
        assertThat(LogLevel.INFO.shouldLog(LogLevel.ERROR)).isFalse();
        assertThat(LogLevel.OFF.shouldLog(LogLevel.INFO)).isFalse();
    }
}
