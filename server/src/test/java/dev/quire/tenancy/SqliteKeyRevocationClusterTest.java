package dev.quire.tenancy;

import dev.quire.testing.SharedDatabase;
import java.nio.file.Path;

class SqliteKeyRevocationClusterTest extends KeyRevocationClusterContract {
    @Override
    SharedDatabase database(Path dir) {
        return SharedDatabase.sqlite(dir);
    }
}
