package dev.quire.tenancy;

/** The project a request acts in, resolved from its key and the organization_id/project_id params. */
public record Scope(String organizationId, String projectId, ApiKey key) {}
