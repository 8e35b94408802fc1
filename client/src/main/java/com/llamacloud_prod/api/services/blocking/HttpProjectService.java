package com.llamacloud_prod.api.services.blocking;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.fasterxml.jackson.databind.JsonNode;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import com.llamacloud_prod.api.models.projects.Project;
import com.llamacloud_prod.api.models.projects.ProjectGetParams;
import com.llamacloud_prod.api.models.projects.ProjectListParams;
import java.util.ArrayList;
import java.util.Collections;
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

    private static List<Project> projects(JsonNode json) {
        if (!json.isArray()) {
            throw new LlamaCloudInvalidDataException("expected a JSON array of projects, got: " + json);
        }
        List<Project> projects = new ArrayList<>(json.size());
        json.forEach(node -> projects.add(Json.model(node, Project.class)));
        return Collections.unmodifiableList(projects);
    }

    /** The calls, each returning the answer with its status and headers. */
    private final class RawResponse implements ProjectService.WithRawResponse {

        @Override
        public ProjectService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpProjectService.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public HttpResponseFor<List<Project>> list(ProjectListParams params, RequestOptions requestOptions) {
            ApiRequest request = ApiRequest.builder("GET")
                    .addPathSegments("api", "v1", "projects")
                    .putAllQueryParams(params._queryParams())
                    .putAllHeaders(params._headers())
                    .build();
            return http.executeFor(request, requestOptions, HttpProjectService::projects);
        }

        @Override
        public HttpResponseFor<Project> get(ProjectGetParams params, RequestOptions requestOptions) {
            String projectId = Checks.required("projectId", params.projectId().orElse(null));
            ApiRequest request = ApiRequest.builder("GET")
                    .addPathSegments("api", "v1", "projects", projectId)
                    .putAllQueryParams(params._queryParams())
                    .putAllHeaders(params._headers())
                    .build();
            return http.executeFor(request, requestOptions, json -> Json.model(json, Project.class));
        }
    }
}
