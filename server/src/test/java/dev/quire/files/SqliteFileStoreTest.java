package dev.quire.files;

import dev.quire.testing.SqliteDatabase;
import dev.quire.testing.TestDatabase;

class SqliteFileStoreTest extends FileStoreContract {
    @Override
    protected TestDatabase newDatabase() {
        return SqliteDatabase.create();
    }
}
