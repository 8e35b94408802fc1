package dev.quire.tenancy;

/** A project: the unit that owns every resource. Times are epoch microseconds. */
public record Project(String id, String organizationId, String name, boolean isDefault,
                      long createdAt, long updatedAt) {}
