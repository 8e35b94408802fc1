package com.llamacloud_prod.api.services;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer and an SDK client pointed at it, for request-shape tests. */
final class MockApi implements AutoCloseable {
    final MockWebServer server = new MockWebServer();
    final LlamaCloudClient client;

    MockApi() throws IOException {
        this(0);
    }

    MockApi(int maxRetries) throws IOException {
        server.start(0);
        client = LlamaCloudOkHttpClient.builder()
                .baseUrl(server.url("/").toString())
                .apiKey("qk-test")
                .maxRetries(maxRetries)
                .build();
    }

    void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    void enqueueNoContent() {
        server.enqueue(new MockResponse.Builder().code(204).build());
    }

    RecordedRequest take() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
