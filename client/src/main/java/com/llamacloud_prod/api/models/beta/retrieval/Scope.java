package com.llamacloud_prod.api.models.beta.retrieval;

import com.llamacloud_prod.api.core.http.QueryParams;

/** The query parameters every retrieval call shares: the organization and project scope. */
final class Scope {
    private Scope() {}

    static QueryParams.Builder query(String organizationId, String projectId) {
        QueryParams.Builder query = QueryParams.builder();
        if (organizationId != null) {
            query.put("organization_id", organizationId);
        }
        if (projectId != null) {
            query.put("project_id", projectId);
        }
        return query;
    }
}
