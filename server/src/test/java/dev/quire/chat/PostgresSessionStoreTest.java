package dev.quire.chat;

import dev.quire.testing.PostgresDatabase;
import dev.quire.testing.TestDatabase;

class PostgresSessionStoreTest extends SessionStoreContract {
    @Override
    protected TestDatabase newDatabase() {
        return PostgresDatabase.create();
    }
}
