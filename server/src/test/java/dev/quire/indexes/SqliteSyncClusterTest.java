package dev.quire.indexes;

import dev.quire.testing.SharedDatabase;
import java.nio.file.Path;

class SqliteSyncClusterTest extends SyncClusterContract {
    @Override
    SharedDatabase database(Path dir) {
        return SharedDatabase.sqlite(dir);
    }
}
