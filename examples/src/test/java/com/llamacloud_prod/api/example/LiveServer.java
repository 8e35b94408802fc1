package com.llamacloud_prod.api.example;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
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

    /** Creates an index over an empty directory, through the SDK. */
    String emptyIndex(String name) {
        LlamaCloudClient client = client();
        String dir = client.beta().directories().create(DirectoryCreateParams.builder().name(name).build()).id();
        return client.beta().indexes().create(IndexCreateParams.builder().sourceDirectoryId(dir).build()).id();
    }

    @Override
    public void close() {
        main.close();
    }
}
