package dev.quire.parse;

import dev.quire.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * Parse job rows. State changes are compare-and-set on the current status, so a cancel and the
 * worker finishing the same job cannot both win, on one node or several.
 */
public interface ParseJobStore {
    void insert(ParseJob job);

    Optional<ParseJob> find(String projectId, String jobId);

    /** Newest first (created_at, then id, descending); {@code size + 1} rows to tell if more follow. */
    List<ParseJob> list(String projectId, JobQuery query, PageRequest page);

    /**
     * Moves a job from {@code from} to {@code to}, setting the given result fields (empty = keep),
     * and reports whether it was in {@code from}. Moving to CANCELLED also sets cancel_requested.
     */
    boolean transition(String jobId, JobStatus from, JobStatus to, Outcome outcome, long now);

    /** Deletes a job in a final state; the row as it was, if it was deleted. */
    Optional<ParseJob> deleteFinished(String projectId, String jobId);

    /** Every PENDING and RUNNING job, oldest first, across projects (to resume them after a restart). */
    List<ParseJob> unfinished();

    /** What a transition records. */
    record Outcome(Optional<String> resultBlob, Optional<String> errorMessage, Optional<Integer> pages) {
        public static Outcome none() {
            return new Outcome(Optional.empty(), Optional.empty(), Optional.empty());
        }

        public static Outcome failed(String reason) {
            return new Outcome(Optional.empty(), Optional.of(reason), Optional.empty());
        }
    }
}
