package com.llamacloud_prod.api.example;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import dev.quire.Config;
import dev.quire.Main;
import java.nio.file.Path;
import java.time.Clock;

/** A real Quire server on a random port, and SDK clients pointed at it. */
final class LiveServer implements AutoCloseable {
    static final String KEY = "qk-sdk-test-key-0123456789abcdefghijklmnopqrstu";

    private final Main main;

    LiveServer(Path dataDir) throws Exception {
        this.main = Main.start(Config.forTesting(dataDir, KEY), Clock.systemUTC());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + main.port();
    }

    LlamaCloudClient client() {
        return client(KEY);
    }

    LlamaCloudClient client(String key) {
        return LlamaCloudOkHttpClient.builder().apiKey(key).baseUrl(baseUrl()).maxRetries(0).build();
    }

    @Override
    public void close() {
        main.close();
    }
}
