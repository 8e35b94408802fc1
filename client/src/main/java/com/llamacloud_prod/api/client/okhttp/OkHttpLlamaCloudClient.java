package com.llamacloud_prod.api.client.okhttp;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.LlamaCloudClientAsync;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.services.blocking.BetaService;
import com.llamacloud_prod.api.services.blocking.FileService;
import com.llamacloud_prod.api.services.blocking.HttpFileService;
import com.llamacloud_prod.api.services.blocking.HttpBetaService;
import com.llamacloud_prod.api.services.blocking.HttpProjectService;
import com.llamacloud_prod.api.services.blocking.ProjectService;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/** The client built by {@link LlamaCloudOkHttpClient}: services wired over one OkHttp client. */
final class OkHttpLlamaCloudClient implements LlamaCloudClient {

    private final ClientOptions options;
    private final ProjectService projects;
    private final FileService files;
    private final BetaService beta;
    private final com.llamacloud_prod.api.services.blocking.ParsingService parsing;

    OkHttpLlamaCloudClient(ClientOptions options) {
        this.options = options;
        this.projects = new HttpProjectService(options);
        this.files = new HttpFileService(options);
        this.beta = new HttpBetaService(options);
        this.parsing = new com.llamacloud_prod.api.services.blocking.HttpParsingService(options);
    }

    @Override
    public LlamaCloudClient withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new OkHttpLlamaCloudClient(builder.build());
    }

    @Override
    public com.llamacloud_prod.api.services.blocking.ParsingService parsing() {
        return parsing;
    }

    @Override
    public ProjectService projects() {
        return projects;
    }

    @Override
    public FileService files() {
        return files;
    }

    @Override
    public BetaService beta() {
        return beta;
    }

    @Override
    public LlamaCloudClientAsync async() {
        return new OkHttpLlamaCloudClientAsync(options);
    }

    @Override
    public LlamaCloudClient.WithRawResponse withRawResponse() {
        return new LlamaCloudClient.WithRawResponse() {
            @Override
            public LlamaCloudClient.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
                return OkHttpLlamaCloudClient.this.withOptions(modifier).withRawResponse();
            }

            @Override
            public ProjectService.WithRawResponse projects() {
                return projects.withRawResponse();
            }

            @Override
            public FileService.WithRawResponse files() {
                return files.withRawResponse();
            }

            @Override
            public BetaService.WithRawResponse beta() {
                return beta.withRawResponse();
            }
        };
    }

    @Override
    public void close() {
        options.httpClient().dispatcher().executorService().shutdown();
        options.httpClient().connectionPool().evictAll();
        options.sleeper().close();
        if (options.streamHandlerExecutor() instanceof ExecutorService) {
            ((ExecutorService) options.streamHandlerExecutor()).shutdown();
        }
    }

    @Override
    public String toString() {
        return "LlamaCloudClient{" + options + "}";
    }
}
