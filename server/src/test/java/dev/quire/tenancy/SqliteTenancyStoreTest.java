package dev.quire.tenancy;

import dev.quire.testing.SqliteDatabase;
import dev.quire.testing.TestDatabase;

class SqliteTenancyStoreTest extends TenancyStoreContract {
    @Override
    protected TestDatabase newDatabase() {
        return SqliteDatabase.create();
    }
}
