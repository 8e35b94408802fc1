package dev.quire.storage;

import dev.quire.testing.PostgresDatabase;
import dev.quire.testing.TestDatabase;

class PostgresSecretsTest extends SecretsContract {
    @Override
    protected TestDatabase newDatabase() {
        return PostgresDatabase.create();
    }
}
