package com.llamacloud_prod.api.client.okhttp;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.LlamaCloudClientAsync;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.services.async.BetaServiceAsync;
import com.llamacloud_prod.api.services.async.FileServiceAsync;
import com.llamacloud_prod.api.services.async.HttpBetaServiceAsync;
import com.llamacloud_prod.api.services.async.HttpFileServiceAsync;
import com.llamacloud_prod.api.services.async.HttpProjectServiceAsync;
import com.llamacloud_prod.api.services.async.ProjectServiceAsync;
import java.util.function.Consumer;

/** The asynchronous client built by {@link LlamaCloudOkHttpClientAsync} or {@code client.async()}. */
final class OkHttpLlamaCloudClientAsync implements LlamaCloudClientAsync {

    private final ClientOptions options;
    private final ProjectServiceAsync projects;
    private final FileServiceAsync files;
    private final BetaServiceAsync beta;

    OkHttpLlamaCloudClientAsync(ClientOptions options) {
        this.options = options;
        this.projects = new HttpProjectServiceAsync(options);
        this.files = new HttpFileServiceAsync(options);
        this.beta = new HttpBetaServiceAsync(options);
    }

    @Override
    public LlamaCloudClient sync() {
        return new OkHttpLlamaCloudClient(options);
    }

    @Override
    public LlamaCloudClientAsync withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new OkHttpLlamaCloudClientAsync(builder.build());
    }

    @Override
    public ProjectServiceAsync projects() {
        return projects;
    }

    @Override
    public FileServiceAsync files() {
        return files;
    }

    @Override
    public BetaServiceAsync beta() {
        return beta;
    }

    @Override
    public LlamaCloudClientAsync.WithRawResponse withRawResponse() {
        return new LlamaCloudClientAsync.WithRawResponse() {
            @Override
            public LlamaCloudClientAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
                return OkHttpLlamaCloudClientAsync.this.withOptions(modifier).withRawResponse();
            }

            @Override
            public ProjectServiceAsync.WithRawResponse projects() {
                return projects.withRawResponse();
            }

            @Override
            public FileServiceAsync.WithRawResponse files() {
                return files.withRawResponse();
            }

            @Override
            public BetaServiceAsync.WithRawResponse beta() {
                return beta.withRawResponse();
            }
        };
    }

    @Override
    public void close() {
        sync().close();
    }

    @Override
    public String toString() {
        return "LlamaCloudClientAsync{" + options + "}";
    }
}
