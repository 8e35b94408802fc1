package dev.quire.chat;

import dev.quire.testing.SharedDatabase;
import java.nio.file.Path;

class PostgresTurnClusterTest extends TurnClusterContract {
    @Override
    SharedDatabase database(Path dir) {
        return SharedDatabase.postgres();
    }
}
