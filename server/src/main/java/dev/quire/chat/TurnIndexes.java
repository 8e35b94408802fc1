package dev.quire.chat;

import dev.quire.indexes.Index;
import java.util.Optional;

/** The indexes a turn may use: a live index of the project by id or export config id. */
@FunctionalInterface
public interface TurnIndexes {
    Optional<Index> find(String projectId, String indexIdOrExportConfigId);
}
