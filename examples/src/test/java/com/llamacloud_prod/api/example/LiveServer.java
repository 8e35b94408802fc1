package com.llamacloud_prod.api.example;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import dev.quire.Config;
import dev.quire.Main;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A real Quire server and SDK clients pointed at it: either a server started in-process on a random
 * port, or the balancer of a running cluster. Tests get one from {@link LiveServerExtension}.
 */
final class LiveServer implements AutoCloseable {
    /** The key of an in-process server. */
    static final String KEY = "qk-sdk-test-key-0123456789abcdefghijklmnopqrstu";

    private final String baseUrl;
    private final String key;
    private final Main main;

    private LiveServer(String baseUrl, String key, Main main) {
        this.baseUrl = baseUrl;
        this.key = key;
        this.main = main;
    }

    /** Starts a server in this JVM over {@code dataDir}; {@link #close()} stops it. */
    static LiveServer inProcess(Path dataDir) throws Exception {
        Main main = Main.start(Config.forTesting(dataDir, KEY), Clock.systemUTC());
        return new LiveServer("http://127.0.0.1:" + main.port(), KEY, main);
    }

    /** A server someone else runs (a cluster's balancer); {@link #close()} leaves it running. */
    static LiveServer remote(String baseUrl, String key) {
        return new LiveServer(baseUrl, key, null);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The API key the server accepts. */
    String key() {
        return key;
    }

    LlamaCloudClient client() {
        return client(key);
    }

    LlamaCloudClient client(String key) {
        // Every SDK test's answers are validated against the generated models, as the official SDK's
        // responseValidation(true) does: a field the server drops or mistypes fails the call.
        return LlamaCloudOkHttpClient.builder().apiKey(key).baseUrl(baseUrl).maxRetries(0).responseValidation(true)
                .build();
    }

    /** Creates an index over an empty directory, through the SDK. */
    String emptyIndex(String name) {
        LlamaCloudClient client = client();
        String dir = client.beta().directories().create(DirectoryCreateParams.builder().name(name).build()).id();
        return client.beta().indexes().create(IndexCreateParams.builder().sourceDirectoryId(dir).build()).id();
    }

    @Override
    public void close() {
        if (main != null) {
            main.close();
        }
    }
}
