package dev.quire.indexes;

import dev.quire.testing.SharedDatabase;
import java.nio.file.Path;

class PostgresSyncClusterTest extends SyncClusterContract {
    @Override
    SharedDatabase database(Path dir) {
        return SharedDatabase.postgres();
    }
}
