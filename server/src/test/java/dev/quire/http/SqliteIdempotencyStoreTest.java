package dev.quire.http;

import dev.quire.testing.SqliteDatabase;
import dev.quire.testing.TestDatabase;

class SqliteIdempotencyStoreTest extends IdempotencyStoreContract {
    @Override
    protected TestDatabase newDatabase() {
        return SqliteDatabase.create();
    }
}
