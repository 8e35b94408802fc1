package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.db.SqlErrors;
import dev.quire.paging.PagePosition;
import dev.quire.paging.PageRequest;
import dev.quire.testing.Seed;
import dev.quire.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index catalog and its sync jobs. */
abstract class IndexStoreContract {
    private TestDatabase db;
    private JdbiIndexStore store;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        db = newDatabase();
        Seed.project(db.database().jdbi(), "p1");
        store = new JdbiIndexStore(db.database().jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Index index(String id, String frequency, long createdAt) {
        return new Index(id, "p1", "n-" + id, Optional.empty(), "dir", "out-" + id, "sync-" + id, "cfg-" + id,
                frequency, List.of("screenshots"), "DEFAULT", List.of(new Index.Product("prod-1", "parse")), "m", 384,
                Index.PENDING, Optional.empty(), false, createdAt, createdAt, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    static SyncJob job(String id, String indexId, String state, long requestedAt) {
        return new SyncJob(id, indexId, state, requestedAt, Optional.empty(), Optional.empty(), 0, 0, 0,
                Optional.empty());
    }

    @Test
    void an_index_reads_back_as_written_by_id_or_export_config_id() {
        Index i = index("idx-1", "manual", 1);
        store.insert(i, job("job-1", "idx-1", SyncJob.QUEUED, 1));
        assertThat(store.find("p1", "idx-1")).contains(i);
        assertThat(store.find("p1", "cfg-idx-1")).contains(i);
        assertThat(store.byId("idx-1")).contains(i);
        assertThat(store.find("p2", "idx-1")).isEmpty();
        assertThat(store.liveIds("p1", List.of("cfg-idx-1", "nope"))).containsExactly("cfg-idx-1");
    }

    @Test
    void a_sync_finishing_with_an_older_copy_does_not_bring_a_deleted_index_back() {
        Index created = index("idx-1", "manual", 1);
        store.insert(created, job("job-1", "idx-1", SyncJob.QUEUED, 1));
        assertThat(store.liveIds("p1", List.of("idx-1"))).containsExactly("idx-1");

        store.update(created.withState(Index.SYNCING, Optional.empty(), false, 2, Optional.empty(), Optional.empty(),
                Optional.of(2L)));
        // The sync that was running writes its result with the copy it read before the delete.
        store.update(created.withStatus(Index.READY, Optional.empty(), 3));

        assertThat(store.find("p1", "idx-1").orElseThrow().deletedAt()).contains(2L);
        assertThat(store.find("p1", "idx-1").orElseThrow().status()).isEqualTo(Index.READY);
        assertThat(store.liveIds("p1", List.of("idx-1", "cfg-idx-1"))).isEmpty();
    }

    @Test
    void state_updates_are_stored() {
        Index i = index("idx-1", "manual", 1);
        store.insert(i, job("job-1", "idx-1", SyncJob.QUEUED, 1));
        Index ready = i.withState(Index.FAILED, Optional.of("boom"), true, 9, Optional.of(8L), Optional.of(9L),
                Optional.empty());
        store.update(ready);
        assertThat(store.byId("idx-1")).contains(ready);
    }

    @Test
    void indexes_list_newest_first_by_page_and_by_source() {
        store.insert(index("idx-a", "manual", 5), job("j-a", "idx-a", SyncJob.QUEUED, 5));
        store.insert(index("idx-b", "manual", 5), job("j-b", "idx-b", SyncJob.QUEUED, 5));
        store.insert(index("idx-c", "daily", 7), job("j-c", "idx-c", SyncJob.QUEUED, 7));
        assertThat(store.list("p1", Optional.empty(), PageRequest.first(1))).extracting(Index::id)
                .containsExactly("idx-c", "idx-b");
        assertThat(store.list("p1", Optional.of("dir"), new PageRequest(1, Optional.of(new PagePosition("5", "idx-b")))))
                .extracting(Index::id).containsExactly("idx-a");
        assertThat(store.list("p1", Optional.of("other"), PageRequest.first(10))).isEmpty();
        assertThat(store.isSource("dir")).isTrue();
        assertThat(store.isSource("out-idx-a")).isFalse();
        assertThat(store.scheduled()).extracting(Index::id).containsExactly("idx-c");
    }

    @Test
    void one_unfinished_job_per_index_claimed_by_one_node_at_a_time() {
        store.insert(index("idx-1", "manual", 1), job("job-1", "idx-1", SyncJob.QUEUED, 1));
        assertThatThrownBy(() -> store.insert(job("job-2", "idx-1", SyncJob.QUEUED, 2)))
                .as("a second unfinished job of the index").matches(SqlErrors::isUniqueViolation);

        assertThat(store.claim("node-a", 100, 200)).map(c -> c.job().id()).contains("job-1");
        assertThat(store.claim("node-b", 150, 300)).as("the lease is held").isEmpty();
        SyncJob done = new SyncJob("job-1", "idx-1", SyncJob.SUCCEEDED, 1, Optional.of(2L), Optional.of(3L),
                10, 9, 1, Optional.of("one failed"));
        assertThat(store.update(done, "node-b")).as("only the lease holder writes").isFalse();
        assertThat(store.update(done, "node-a")).isTrue();

        store.insert(job("job-3", "idx-1", SyncJob.QUEUED, 3));
        assertThat(store.latest("idx-1")).map(SyncJob::id).contains("job-3");
        assertThat(store.latest("nope")).isEmpty();
        assertThat(store.claim("node-a", 400, 500)).map(c -> c.job().id()).contains("job-3");
        assertThat(store.claim("node-b", 450, 600)).isEmpty();
        assertThat(store.claim("node-b", 501, 600)).as("taken over once the lease ran out")
                .map(c -> c.job().id()).contains("job-3");
    }
}
