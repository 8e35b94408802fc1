package dev.quire.indexes;

import dev.quire.testing.SqliteDatabase;
import dev.quire.testing.TestDatabase;

class SqliteIndexFileStoreTest extends IndexFileStoreContract {
    @Override
    protected TestDatabase newDatabase() {
        return SqliteDatabase.create();
    }
}
