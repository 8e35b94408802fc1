package dev.quire.parse;

import java.util.Optional;

/**
 * A parse job row. {@code options} is the validated job configuration as JSON ({@link JobOptions});
 * {@code inputBlob} holds the document's bytes until the job is deleted, {@code resultBlob} the
 * result JSON once completed. Times are microseconds since the epoch.
 */
public record ParseJob(String id, String projectId, Optional<String> name, String fileName, Optional<String> fileId,
                       String tier, String version, JobStatus status, String options, Optional<String> userMetadata,
                       Optional<String> inputBlob, Optional<String> resultBlob, Optional<String> errorMessage,
                       Optional<Integer> pages, boolean cancelRequested, long createdAt, long updatedAt) {
}
