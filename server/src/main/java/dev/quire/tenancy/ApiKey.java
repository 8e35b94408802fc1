package dev.quire.tenancy;

/** A stored API key, without its secret: only the hash is ever kept. */
public record ApiKey(String id, String projectId, String organizationId, String name, Role role,
                     String keyPrefix, long createdAt) {}
