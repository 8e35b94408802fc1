package dev.quire.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.paging.PagePosition;
import dev.quire.paging.PageRequest;
import dev.quire.testing.Seed;
import dev.quire.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Parse job rows on every metadata database: scoping, filters, paging, guarded transitions, deletes. */
abstract class ParseJobStoreContract {
    private TestDatabase db;
    private JdbiParseJobStore store;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        db = newDatabase();
        Seed.project(db.database().jdbi(), "p1");
        Seed.project(db.database().jdbi(), "p2");
        store = new JdbiParseJobStore(db.database().jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ParseJob job(String id, String project, JobStatus status, long createdAt) {
        return new ParseJob(id, project, Optional.of("name-" + id), "doc.pdf", Optional.of("file-1"), "fast",
                "2026-06-15", status, "{\"max_pages\":3}", Optional.of("{\"k\":\"v\"}"), Optional.of("in-" + id),
                Optional.empty(), Optional.empty(), Optional.empty(), false, createdAt, createdAt);
    }

    @Test
    void a_job_reads_back_as_written_and_only_in_its_project() {
        ParseJob j = job("j1", "p1", JobStatus.PENDING, 7);
        store.insert(j);
        assertThat(store.find("p1", "j1")).contains(j);
        assertThat(store.find("p2", "j1")).isEmpty();
    }

    @Test
    void lists_newest_first_with_ties_by_id_across_pages_and_filters() {
        store.insert(job("a", "p1", JobStatus.PENDING, 5));
        store.insert(job("b", "p1", JobStatus.COMPLETED, 5));
        store.insert(job("c", "p1", JobStatus.COMPLETED, 9));
        store.insert(job("d", "p1", JobStatus.FAILED, 1));
        store.insert(job("x", "p2", JobStatus.PENDING, 5));

        assertThat(pages(JobQuery.all(), 1)).containsExactly("c", "b", "a", "d");
        assertThat(pages(new JobQuery(Optional.of(JobStatus.COMPLETED), List.of(), Optional.empty(), Optional.empty()), 1))
                .containsExactly("c", "b");
        assertThat(pages(new JobQuery(Optional.empty(), List.of("a", "d", "x"), Optional.empty(), Optional.empty()), 5))
                .containsExactly("a", "d");
        assertThat(pages(new JobQuery(Optional.empty(), List.of(), Optional.of(5L), Optional.of(5L)), 5))
                .containsExactly("b", "a");
    }

    @Test
    void a_transition_happens_only_from_the_expected_status() {
        store.insert(job("j", "p1", JobStatus.PENDING, 1));
        assertThat(store.transition("j", JobStatus.RUNNING, JobStatus.COMPLETED, ParseJobStore.Outcome.none(), 2)).isFalse();
        assertThat(store.transition("j", JobStatus.PENDING, JobStatus.RUNNING, ParseJobStore.Outcome.none(), 3)).isTrue();
        assertThat(store.transition("j", JobStatus.RUNNING, JobStatus.COMPLETED,
                new ParseJobStore.Outcome(Optional.of("res"), Optional.empty(), Optional.of(4)), 4)).isTrue();
        ParseJob done = store.find("p1", "j").orElseThrow();
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.resultBlob()).contains("res");
        assertThat(done.pages()).contains(4);
        assertThat(done.errorMessage()).isEmpty();
        assertThat(done.updatedAt()).isEqualTo(4);
        assertThat(store.unfinished()).isEmpty();
    }

    @Test
    void a_cancel_wins_over_a_late_finish_and_records_the_request() {
        store.insert(job("j", "p1", JobStatus.RUNNING, 1));
        assertThat(store.transition("j", JobStatus.RUNNING, JobStatus.CANCELLED,
                ParseJobStore.Outcome.failed("cancelled"), 2)).isTrue();
        assertThat(store.transition("j", JobStatus.RUNNING, JobStatus.COMPLETED, ParseJobStore.Outcome.none(), 3)).isFalse();
        ParseJob j = store.find("p1", "j").orElseThrow();
        assertThat(j.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(j.cancelRequested()).isTrue();
    }

    @Test
    void only_finished_jobs_are_deleted_and_their_blobs_stop_being_referenced() {
        store.insert(job("run", "p1", JobStatus.RUNNING, 1));
        store.insert(job("done", "p1", JobStatus.COMPLETED, 2));
        assertThat(store.referencedBlobKeys()).containsExactlyInAnyOrder("in-run", "in-done");

        assertThat(store.deleteFinished("p1", "run")).isEmpty();
        assertThat(store.deleteFinished("p2", "done")).isEmpty();
        assertThat(store.deleteFinished("p1", "done")).map(ParseJob::id).contains("done");
        assertThat(store.find("p1", "done")).isEmpty();
        assertThat(store.referencedBlobKeys()).containsExactly("in-run");
        assertThat(store.unfinished()).extracting(ParseJob::id).containsExactly("run");
    }

    private List<String> pages(JobQuery query, int size) {
        List<String> ids = new ArrayList<>();
        Optional<PagePosition> after = Optional.empty();
        while (true) {
            List<ParseJob> rows = store.list("p1", query, new PageRequest(size, after));
            rows.stream().limit(size).forEach(r -> ids.add(r.id()));
            if (rows.size() <= size) {
                return ids;
            }
            ParseJob last = rows.get(size - 1);
            after = Optional.of(new PagePosition(Long.toString(last.createdAt()), last.id()));
        }
    }
}
