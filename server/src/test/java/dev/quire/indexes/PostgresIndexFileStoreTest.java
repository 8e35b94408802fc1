package dev.quire.indexes;

import dev.quire.testing.PostgresDatabase;
import dev.quire.testing.TestDatabase;

class PostgresIndexFileStoreTest extends IndexFileStoreContract {
    @Override
    protected TestDatabase newDatabase() {
        return PostgresDatabase.create();
    }
}
