package dev.quire.chat;

/** Whether an index exists in a project (by its id or export config id); chat binds only to real ones. */
@FunctionalInterface
public interface IndexLookup {
    boolean exists(String projectId, String indexIdOrExportConfigId);
}
