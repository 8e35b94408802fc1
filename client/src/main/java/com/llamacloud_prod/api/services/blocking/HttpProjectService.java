package com.llamacloud_prod.api.services.blocking;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.services.requests.ProjectRequests;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.projects.Project;
import com.llamacloud_prod.api.models.projects.ProjectGetParams;
import com.llamacloud_prod.api.models.projects.ProjectListParams;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link ProjectService} over HTTP (contract §3).
 *
 * <pre>{@code
 * ProjectService projects = new HttpProjectService(clientOptions);
 * }</pre>
 */
public final class HttpProjectService implements ProjectService {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();

    public HttpProjectService(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public ProjectService withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpProjectService(builder.build());
    }

    @Override
    public List<Project> list(ProjectListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).parse();
    }

    @Override
    public Project get(ProjectGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).parse();
    }

    @Override
    public ProjectService.WithRawResponse withRawResponse() {
        return raw;
    }


    /** The calls, each returning the answer with its status and headers. */
    private final class RawResponse implements ProjectService.WithRawResponse {

        @Override
        public ProjectService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpProjectService.this.withOptions(modifier).withRawResponse();
        }

            @Override
        public HttpResponseFor<List<Project>> list(ProjectListParams params, RequestOptions requestOptions) {
            return http.executeFor(ProjectRequests.list(params), requestOptions, ProjectRequests::projects);
        }

        @Override
        public HttpResponseFor<Project> get(ProjectGetParams params, RequestOptions requestOptions) {
            return http.executeFor(ProjectRequests.get(params), requestOptions, json -> Json.model(json, Project.class));
        }
    }
}
