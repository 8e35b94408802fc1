package dev.quire.storage;

import dev.quire.testing.SqliteDatabase;
import dev.quire.testing.TestDatabase;

class SqliteSecretsTest extends SecretsContract {
    @Override
    protected TestDatabase newDatabase() {
        return SqliteDatabase.create();
    }
}
