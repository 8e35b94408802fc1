package dev.quire.chat;

import java.util.List;
import java.util.Set;

/** Which of some indexes exist in a project (by id or export config id); chat binds only to real ones. */
@FunctionalInterface
public interface IndexLookup {
    /** The given ids that name a live index of the project, looked up together (one query per session). */
    Set<String> existing(String projectId, List<String> indexIdsOrExportConfigIds);
}
