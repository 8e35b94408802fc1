package dev.quire.chat;

import dev.quire.indexes.Index;
import java.util.Optional;

/**
 * The indexes a turn names: an index of the project by id or export config id, including a deleted
 * one (a turn skips it as not queryable rather than failing the request).
 */
@FunctionalInterface
public interface TurnIndexes {
    Optional<Index> find(String projectId, String indexIdOrExportConfigId);
}
