package dev.quire.indexes;

import dev.quire.testing.PostgresDatabase;
import dev.quire.testing.TestDatabase;

class PostgresIndexStoreTest extends IndexStoreContract {
    @Override
    protected TestDatabase newDatabase() {
        return PostgresDatabase.create();
    }
}
