package dev.quire.chat;

import dev.quire.testing.SharedDatabase;
import java.nio.file.Path;

class SqliteTurnClusterTest extends TurnClusterContract {
    @Override
    SharedDatabase database(Path dir) {
        return SharedDatabase.sqlite(dir);
    }
}
