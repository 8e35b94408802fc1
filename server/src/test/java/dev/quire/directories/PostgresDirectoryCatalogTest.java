package dev.quire.directories;

import dev.quire.testing.PostgresDatabase;
import dev.quire.testing.TestDatabase;

class PostgresDirectoryCatalogTest extends DirectoryCatalogContract {
    @Override
    protected TestDatabase newDatabase() {
        return PostgresDatabase.create();
    }
}
