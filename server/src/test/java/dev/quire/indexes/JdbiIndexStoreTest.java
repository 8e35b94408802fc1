package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.db.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiIndexStoreTest {
    @TempDir
    Path dataDir;
    private Database database;
    private JdbiIndexStore store;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        database.jdbi().useHandle(h -> {
            h.execute("insert into organizations(id, name, created_at) values ('org', 'o', 1)");
            h.execute("insert into projects(id, organization_id, name, is_default, created_at, updated_at) "
                    + "values ('p1', 'org', 'p', true, 1, 1)");
        });
        store = new JdbiIndexStore(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_sync_finishing_with_an_older_copy_does_not_bring_a_deleted_index_back() {
        Index created = index(Optional.empty());
        store.insert(created, new SyncJob("job-1", "idx-1", SyncJob.QUEUED, 1, Optional.empty(), Optional.empty(),
                0, 0, 0, Optional.empty()));
        assertThat(store.liveIds("p1", List.of("idx-1"))).containsExactly("idx-1");

        store.update(created.withState(Index.SYNCING, Optional.empty(), false, 2, Optional.empty(), Optional.empty(),
                Optional.of(2L)));
        // The sync that was running writes its result with the copy it read before the delete.
        store.update(created.withStatus(Index.READY, Optional.empty(), 3));

        assertThat(store.find("p1", "idx-1").orElseThrow().deletedAt()).contains(2L);
        assertThat(store.liveIds("p1", List.of("idx-1", "cfg-1"))).isEmpty();
    }

    private static Index index(Optional<Long> deletedAt) {
        return new Index("idx-1", "p1", "n", Optional.empty(), "dir", "out", "sync", "cfg-1", "manual",
                List.of(), "DEFAULT", List.of(), "m", 384, Index.PENDING, Optional.empty(), false, 1, 1,
                Optional.empty(), Optional.empty(), deletedAt);
    }
}
