package com.llamacloud_prod.api.services.async;

import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.projects.Project;
import com.llamacloud_prod.api.models.projects.ProjectGetParams;
import com.llamacloud_prod.api.models.projects.ProjectListParams;
import com.llamacloud_prod.api.services.requests.ProjectRequests;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link ProjectServiceAsync} over OkHttp's asynchronous calls.
 *
 * <pre>{@code
 * ProjectServiceAsync projects = new HttpProjectServiceAsync(clientOptions);
 * }</pre>
 */
public final class HttpProjectServiceAsync implements ProjectServiceAsync {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();

    public HttpProjectServiceAsync(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public ProjectServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpProjectServiceAsync(builder.build());
    }

    @Override
    public CompletableFuture<List<Project>> list(ProjectListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<Project> get(ProjectGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public ProjectServiceAsync.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each completing with the answer's status and headers. */
    private final class RawResponse implements ProjectServiceAsync.WithRawResponse {

        @Override
        public ProjectServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpProjectServiceAsync.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public CompletableFuture<HttpResponseFor<List<Project>>> list(ProjectListParams params, RequestOptions requestOptions) {
            return http.executeForAsync(ProjectRequests.list(params), requestOptions, ProjectRequests::projects);
        }

        @Override
        public CompletableFuture<HttpResponseFor<Project>> get(ProjectGetParams params, RequestOptions requestOptions) {
            return http.executeForAsync(ProjectRequests.get(params), requestOptions,
                    json -> Json.model(json, Project.class));
        }
    }
}
