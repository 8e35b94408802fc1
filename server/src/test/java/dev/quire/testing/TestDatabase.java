package dev.quire.testing;

import dev.quire.db.Database;

/**
 * A freshly migrated, empty metadata database for one test, on one backend; closing it closes the
 * database and removes it. The store contract suites run once per implementation of this.
 */
public interface TestDatabase extends AutoCloseable {
    Database database();

    @Override
    void close();
}
