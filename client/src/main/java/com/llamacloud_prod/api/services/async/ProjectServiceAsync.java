package com.llamacloud_prod.api.services.async;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.projects.Project;
import com.llamacloud_prod.api.models.projects.ProjectGetParams;
import com.llamacloud_prod.api.models.projects.ProjectListParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Projects ({@code /api/v1/projects}) without blocking.
 *
 * <pre>{@code
 * client.async().projects().list().thenAccept(projects -> projects.forEach(p -> System.out.println(p.name())));
 * }</pre>
 */
public interface ProjectServiceAsync {

    /** A view of this service with modified options; this one is not changed. */
    ProjectServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier);

    default CompletableFuture<List<Project>> list() {
        return list(ProjectListParams.none());
    }

    CompletableFuture<List<Project>> list(ProjectListParams params, RequestOptions requestOptions);

    default CompletableFuture<List<Project>> list(ProjectListParams params) {
        return list(params, RequestOptions.none());
    }

    default CompletableFuture<List<Project>> list(RequestOptions requestOptions) {
        return list(ProjectListParams.none(), requestOptions);
    }

    default CompletableFuture<Project> get(String projectId) {
        return get(projectId, ProjectGetParams.none());
    }

    default CompletableFuture<Project> get(String projectId, ProjectGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().projectId(projectId).build(), requestOptions);
    }

    default CompletableFuture<Project> get(String projectId, ProjectGetParams params) {
        return get(projectId, params, RequestOptions.none());
    }

    CompletableFuture<Project> get(ProjectGetParams params, RequestOptions requestOptions);

    default CompletableFuture<Project> get(ProjectGetParams params) {
        return get(params, RequestOptions.none());
    }

    default CompletableFuture<Project> get(String projectId, RequestOptions requestOptions) {
        return get(projectId, ProjectGetParams.none(), requestOptions);
    }


    /** A view of this service whose calls complete with the raw HTTP response (status, headers) and the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link ProjectServiceAsync} whose calls complete with raw HTTP responses; errors still fail the futures. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        ProjectServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        default CompletableFuture<HttpResponseFor<List<Project>>> list() {
            return list(ProjectListParams.none());
        }

        CompletableFuture<HttpResponseFor<List<Project>>> list(ProjectListParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<List<Project>>> list(ProjectListParams params) {
            return list(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<List<Project>>> list(RequestOptions requestOptions) {
            return list(ProjectListParams.none(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<Project>> get(String projectId) {
            return get(projectId, ProjectGetParams.none());
        }

        default CompletableFuture<HttpResponseFor<Project>> get(String projectId, ProjectGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().projectId(projectId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<Project>> get(String projectId, ProjectGetParams params) {
            return get(projectId, params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<Project>> get(ProjectGetParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<Project>> get(ProjectGetParams params) {
            return get(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<Project>> get(String projectId, RequestOptions requestOptions) {
            return get(projectId, ProjectGetParams.none(), requestOptions);
        }
    }
}
