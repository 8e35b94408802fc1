package com.llamacloud_prod.api.services.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import com.llamacloud_prod.api.models.projects.Project;
import com.llamacloud_prod.api.models.projects.ProjectGetParams;
import com.llamacloud_prod.api.models.projects.ProjectListParams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The requests of the project calls (contract §3), and the reading of the list answer, shared by
 * the blocking and the asynchronous service.
 *
 * <p>SDK-internal.
 */
public final class ProjectRequests {

    private ProjectRequests() {}

    public static ApiRequest list(ProjectListParams params) {
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "projects")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest get(ProjectGetParams params) {
        String projectId = Checks.pathParam("projectId", params.projectId().orElse(null));
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "projects", projectId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    /** The list answer: a bare JSON array of projects. */
    public static List<Project> projects(JsonNode json) {
        if (!json.isArray()) {
            throw new LlamaCloudInvalidDataException("expected a JSON array of projects, got: " + json);
        }
        List<Project> projects = new ArrayList<>(json.size());
        json.forEach(node -> projects.add(Json.model(node, Project.class)));
        return Collections.unmodifiableList(projects);
    }
}
