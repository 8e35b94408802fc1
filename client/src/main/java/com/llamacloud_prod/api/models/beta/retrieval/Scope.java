package com.llamacloud_prod.api.models.beta.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The query parameters every retrieval call shares: the organization and project scope. */
final class Scope {
    private Scope() {}

    static List<Map.Entry<String, String>> query(String organizationId, String projectId) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (organizationId != null) {
            query.add(Map.entry("organization_id", organizationId));
        }
        if (projectId != null) {
            query.add(Map.entry("project_id", projectId));
        }
        return query;
    }
}
