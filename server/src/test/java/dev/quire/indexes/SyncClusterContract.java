package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ClusterNode;
import dev.quire.Config;
import dev.quire.common.Coordination;
import dev.quire.errors.ApiException;
import dev.quire.search.StoredChunk;
import dev.quire.testing.SharedDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync jobs with two nodes on one database (one abstract suite, a few lines per database): a job is
 * run by exactly one node, a dead node's job is finished by the other, a cancel or a delete on one
 * node stops the run on the other.
 */
abstract class SyncClusterContract {
    private static final String KEY = "qk-cluster-admin-key-0123456789abcdefghijklmnop";

    @TempDir
    Path dir;
    private SharedDatabase database;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<ClusterNode> nodes = new ArrayList<>();
    private Config config;
    private ClusterNode.Backends backends;
    private String project;

    /** The database both nodes share. */
    abstract SharedDatabase database(Path dir);

    @BeforeEach
    void open() {
        database = database(dir);
        Config base = Config.forTesting(dir, KEY);
        // Small batches committed often: a sync of a few dozen files has many points to stop at.
        config = base.withSync(base.sync().withBatchSize(2).withCommitIntervalMillis(100).withDebounceMillis(300));
        backends = ClusterNode.backends(config, dir, resources);
    }

    @AfterEach
    void close() throws Exception {
        for (ClusterNode n : nodes) {
            n.close();
        }
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
        database.close();
    }

    private ClusterNode node() {
        ClusterNode n = new ClusterNode(config, database.jdbi(), backends, Coordination.forTesting(false));
        nodes.add(n);
        if (project == null) {
            project = n.bootstrap(KEY);
        }
        return n;
    }

    private static Map<String, String> files(int count) {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            files.put("f" + i + ".txt", "Document number " + i + " is about topic " + (i * 7 % 13) + ". One chunk.");
        }
        return files;
    }

    private String createIndex(ClusterNode on, String sourceDir) {
        return on.indexService.create(project, new IndexService.CreateRequest(sourceDir, Optional.empty(),
                Optional.empty(), List.of(), List.of(), "manual", "DEFAULT")).id();
    }

    private record JobRow(String id, String state, String owner, int done) {}

    private List<JobRow> jobs(String indexId) {
        return database.jdbi().withHandle(h -> h.createQuery("select id, state, lease_owner, files_done "
                        + "from sync_jobs where index_id = :index order by requested_at")
                .bind("index", indexId)
                .map((rs, ctx) -> new JobRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list());
    }

    private JobRow lastJob(String indexId) {
        List<JobRow> all = jobs(indexId);
        return all.get(all.size() - 1);
    }

    private static void await(String what, long millis, BooleanSupplier done) {
        long deadline = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waiting for: " + what).isLessThan(deadline);
            IndexFixtures.sleep(20);
        }
    }

    private boolean finished(String indexId) {
        return !List.of(SyncJob.QUEUED, SyncJob.RUNNING).contains(lastJob(indexId).state());
    }

    /** What a sync produced, in a form two indexes over the same files can be compared by. */
    private List<String> result(String indexId) {
        List<String> out = new ArrayList<>();
        for (IndexedFile f : backends.search() == null ? List.<IndexedFile>of()
                : nodes.get(0).indexFiles.files(indexId)) {
            List<String> chunks = backends.search().index(indexId, 384).chunksOfFile(f.parsedFileId()).stream()
                    .map(StoredChunk::content).sorted().toList();
            out.add(f.displayName() + "|" + f.fingerprint() + "|" + f.state() + "|" + f.numChunks() + "|" + chunks);
        }
        out.sort(null);
        return out;
    }

    @Test
    void each_job_is_run_by_exactly_one_of_two_nodes() {
        ClusterNode a = node();
        ClusterNode b = node();
        String source = a.directoryWith(project, files(6));
        List<String> indexes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            indexes.add(createIndex(i % 2 == 0 ? a : b, source));
        }
        // Asked from both nodes at once while the first syncs run: absorbed or refused, never doubled.
        for (String index : indexes) {
            for (ClusterNode n : List.of(a, b)) {
                try {
                    n.indexService.sync(project, index);
                } catch (ApiException.Conflict running) {
                    // a sync that started before the source's last change is running
                }
            }
        }
        for (String index : indexes) {
            await("sync of " + index, 60_000, () -> jobs(index).stream().allMatch(j ->
                    !j.state().equals(SyncJob.QUEUED) && !j.state().equals(SyncJob.RUNNING)));
        }
        TreeSet<String> owners = new TreeSet<>();
        int jobCount = 0;
        for (String index : indexes) {
            jobCount += jobs(index).size();
            for (JobRow job : jobs(index)) {
                assertThat(job.state()).isEqualTo(SyncJob.SUCCEEDED);
                assertThat(job.owner()).isIn(a.coordination.nodeId(), b.coordination.nodeId());
                owners.add(job.owner());
            }
            assertThat(jobs(index).size()).as("jobs of " + index).isBetween(1, 2);
            assertThat(result(index)).hasSize(6);
            assertThat(result(index)).isEqualTo(result(indexes.get(0)));
        }
        assertThat(a.scheduler.claims() + b.scheduler.claims())
                .as("one claim per job: no job was run by both nodes").isEqualTo(jobCount);
    }

    @Test
    void a_job_whose_node_died_is_finished_by_the_other_node_with_the_same_result() {
        ClusterNode a = node();
        String source = a.directoryWith(project, files(40));
        String index = createIndex(a, source);
        await("a's sync under way", 60_000, () -> lastJob(index).done() >= 4);
        a.scheduler.crash();
        JobRow midway = lastJob(index);
        assertThat(midway.owner()).isEqualTo(a.coordination.nodeId());
        assertThat(midway.state()).isEqualTo(SyncJob.RUNNING);
        assertThat(midway.done()).isLessThan(40);

        ClusterNode b = node();
        await("b resumes and finishes", 60_000, () -> finished(index));
        assertThat(jobs(index)).hasSize(1);
        JobRow done = lastJob(index);
        assertThat(done.state()).isEqualTo(SyncJob.SUCCEEDED);
        assertThat(done.owner()).isEqualTo(b.coordination.nodeId());
        // The job's end is written just before the index's status.
        await("index ready", 5_000, () -> "ready".equals(
                b.indexService.get(project, index, false).metadata().get("status")));

        // The same files indexed by one uninterrupted sync give the same records and chunks.
        String reference = createIndex(b, source);
        await("reference sync", 60_000, () -> finished(reference));
        assertThat(result(index)).hasSize(40).isEqualTo(result(reference));
        assertThat(backends.search().index(index, 384).count()).isEqualTo(40);
    }

    @Test
    void a_cancel_on_one_node_stops_the_run_on_the_other() {
        ClusterNode a = node();
        // Enough files that a's run is still going when b, started after it, cancels: 40 one-line
        // files were indexed before the cancel arrived on an idle machine with a warm model.
        String source = a.directoryWith(project, files(200));
        String index = createIndex(a, source);
        await("a's sync under way", 60_000, () -> lastJob(index).done() >= 2);
        ClusterNode b = node();

        b.indexService.cancelSync(project, index);

        await("the run on a stops", 10_000, () -> finished(index));
        JobRow job = lastJob(index);
        assertThat(job.state()).isEqualTo(SyncJob.CANCELLED);
        assertThat(job.owner()).isEqualTo(a.coordination.nodeId());
        assertThat(job.done()).isLessThan(200);
        assertThatThrownBy(() -> b.indexService.cancelSync(project, index))
                .isInstanceOf(ApiException.Conflict.class);
    }

    @Test
    void deleting_an_index_on_one_node_waits_for_its_run_on_the_other_to_stop() {
        ClusterNode a = node();
        // Enough files that a's run is still going when b, started after it, deletes the index.
        String source = a.directoryWith(project, files(200));
        String index = createIndex(a, source);
        await("a's sync under way", 60_000, () -> lastJob(index).done() >= 2);
        ClusterNode b = node();

        b.indexService.delete(project, index);

        JobRow job = lastJob(index);
        assertThat(job.state()).isEqualTo(SyncJob.CANCELLED);
        assertThat(job.owner()).isEqualTo(a.coordination.nodeId());
    }

    @Test
    void a_daily_schedule_fires_once_however_many_nodes_find_it_due() {
        ClusterNode a = node();
        String source = a.directoryWith(project, files(1));
        String index = a.indexService.create(project, new IndexService.CreateRequest(source, Optional.empty(),
                Optional.empty(), List.of(), List.of(), "daily", "DEFAULT")).id();
        await("first sync", 60_000, () -> finished(index));
        // Two nodes' daily checks read the same state (never fired) and both find the index due.
        JdbiIndexStore nodeA = new JdbiIndexStore(database.jdbi());
        JdbiIndexStore nodeB = new JdbiIndexStore(database.jdbi());
        long now = System.currentTimeMillis() * 1000;
        SyncJobStore.Trigger seen = new SyncJobStore.Trigger.Daily(-1, now);

        SyncJobStore.Requested first = nodeA.request(job(index, "daily-a"), Long.MAX_VALUE, Optional.of(seen), now);
        SyncJobStore.Requested second = nodeB.request(job(index, "daily-b"), Long.MAX_VALUE, Optional.of(seen), now);

        assertThat(first.outcome()).isEqualTo(SyncJobStore.Outcome.CREATED);
        assertThat(second.outcome()).isEqualTo(SyncJobStore.Outcome.NOT_DUE);
        assertThat(jobs(index)).extracting(JobRow::id).doesNotContain("daily-b").contains("daily-a");
        assertThat(nodeB.schedules()).filteredOn(s -> s.indexId().equals(index))
                .extracting(IndexStore.Schedule::firedAt).containsExactly(Optional.of(now));
        await("the daily sync", 60_000, () -> finished(index));
    }

    private static SyncJob job(String indexId, String id) {
        return new SyncJob(id, indexId, SyncJob.QUEUED, System.currentTimeMillis() * 1000, Optional.empty(),
                Optional.empty(), 0, 0, 0, Optional.empty());
    }

    @Test
    void a_source_change_seen_by_a_node_that_died_is_synced_by_the_other() {
        ClusterNode a = node();
        String source = a.directoryWith(project, files(2));
        String index = a.indexService.create(project, new IndexService.CreateRequest(source, Optional.empty(),
                Optional.empty(), List.of(), List.of(), "on_source_change", "DEFAULT")).id();
        await("first sync", 60_000, () -> finished(index));
        ClusterNode b = node();
        a.scheduler.crash();
        // Noticed by a (the upload went through it), which dies before its quiet period ends.
        a.directoryFiles.upload(project, source, new dev.quire.files.NewFile("late.txt", "user_data",
                        Optional.empty(), new java.io.ByteArrayInputStream("A late file.".getBytes())),
                new dev.quire.directories.DirectoryFilesService.EntryFields(Optional.empty(), Map.of(),
                        Optional.empty()));

        await("b syncs the change", 30_000, () -> jobs(index).size() == 2 && finished(index));
        assertThat(lastJob(index).owner()).isEqualTo(b.coordination.nodeId());
        assertThat(result(index)).hasSize(3);
        IndexFixtures.sleep(1_000);
        assertThat(jobs(index)).as("fired once").hasSize(2);
    }
}
