package com.llamacloud_prod.api.services.blocking;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.projects.Project;
import com.llamacloud_prod.api.models.projects.ProjectGetParams;
import com.llamacloud_prod.api.models.projects.ProjectListParams;
import java.util.List;
import java.util.function.Consumer;

/**
 * Projects the API key can access ({@code /api/v1/projects}).
 *
 * <pre>{@code
 * List<Project> all = client.projects().list();
 * Project one = client.projects().get(all.get(0).id());
 * }</pre>
 */
public interface ProjectService {

    /** A view of this service with modified options; this one is not changed. */
    ProjectService withOptions(Consumer<ClientOptions.Builder> modifier);

    /** Lists projects, or finds one by name. Not paginated. */
    default List<Project> list() {
        return list(ProjectListParams.none());
    }

    List<Project> list(ProjectListParams params, RequestOptions requestOptions);

    default List<Project> list(ProjectListParams params) {
        return list(params, RequestOptions.none());
    }

    default List<Project> list(RequestOptions requestOptions) {
        return list(ProjectListParams.none(), requestOptions);
    }

    /** Gets a project by id. */
    default Project get(String projectId) {
        return get(projectId, ProjectGetParams.none());
    }

    default Project get(String projectId, ProjectGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().projectId(projectId).build(), requestOptions);
    }

    default Project get(String projectId, ProjectGetParams params) {
        return get(projectId, params, RequestOptions.none());
    }

    Project get(ProjectGetParams params, RequestOptions requestOptions);

    default Project get(ProjectGetParams params) {
        return get(params, RequestOptions.none());
    }

    default Project get(String projectId, RequestOptions requestOptions) {
        return get(projectId, ProjectGetParams.none(), requestOptions);
    }


    /** A view of this service whose calls return the raw HTTP response (status, headers) with the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link ProjectService} whose calls return raw HTTP responses; errors still throw. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        ProjectService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        default HttpResponseFor<List<Project>> list() {
            return list(ProjectListParams.none());
        }

        HttpResponseFor<List<Project>> list(ProjectListParams params, RequestOptions requestOptions);

        default HttpResponseFor<List<Project>> list(ProjectListParams params) {
            return list(params, RequestOptions.none());
        }

        default HttpResponseFor<List<Project>> list(RequestOptions requestOptions) {
            return list(ProjectListParams.none(), requestOptions);
        }

        default HttpResponseFor<Project> get(String projectId) {
            return get(projectId, ProjectGetParams.none());
        }

        default HttpResponseFor<Project> get(String projectId, ProjectGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().projectId(projectId).build(), requestOptions);
        }

        default HttpResponseFor<Project> get(String projectId, ProjectGetParams params) {
            return get(projectId, params, RequestOptions.none());
        }

        HttpResponseFor<Project> get(ProjectGetParams params, RequestOptions requestOptions);

        default HttpResponseFor<Project> get(ProjectGetParams params) {
            return get(params, RequestOptions.none());
        }

        default HttpResponseFor<Project> get(String projectId, RequestOptions requestOptions) {
            return get(projectId, ProjectGetParams.none(), requestOptions);
        }
    }
}
