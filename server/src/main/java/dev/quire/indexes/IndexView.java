package dev.quire.indexes;

import dev.quire.common.Timestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The wire shape of an index (contract §7), with its build state under {@code metadata}. */
public record IndexView(
        String id,
        String exportConfigId,
        String name,
        String outputDirectoryId,
        String projectId,
        String sourceDirectoryId,
        String syncConfigId,
        String createdAt,
        String description,
        String lastExportedAt,
        String lastSyncedAt,
        Map<String, Object> metadata,
        String updatedAt,
        Boolean syncInProgress,
        String syncFrequency,
        List<String> storeAttachments,
        String vectorTarget) {

    static IndexView of(Index i, Optional<SyncJob> job, IndexFileStore.Stats files, boolean expandSyncInProgress) {
        boolean inProgress = job.map(j -> !j.finished()).orElse(false);
        return new IndexView(i.id(), i.exportConfigId(), i.name(), i.outputDirectoryId(), i.projectId(),
                i.sourceDirectoryId(), i.syncConfigId(), Timestamps.format(i.createdAt()),
                i.description().orElse(null), i.lastExportedAt().map(Timestamps::format).orElse(null),
                i.lastSyncedAt().map(Timestamps::format).orElse(null), metadata(i, job, files),
                Timestamps.format(i.updatedAt()), expandSyncInProgress ? inProgress : null, i.syncFrequency(),
                i.storeAttachments(), i.vectorTarget());
    }

    private static Map<String, Object> metadata(Index i, Optional<SyncJob> job, IndexFileStore.Stats files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", i.status());
        m.put("error_message", i.errorMessage().orElse(null));
        m.put("num_source_files", job.map(SyncJob::filesTotal).orElse(0));
        m.put("num_processed_files", job.map(SyncJob::filesDone).orElse(0));
        m.put("num_parsed_files", files.parsedFiles());
        m.put("num_failed_files", files.failedFiles());
        m.put("num_chunks", files.chunks());
        m.put("sync_started_at", job.flatMap(SyncJob::startedAt).map(Timestamps::format).orElse(null));
        m.put("sync_finished_at", job.flatMap(SyncJob::finishedAt).map(Timestamps::format).orElse(null));
        m.put("failed_files", files.failed().stream().map(f -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("directory_file_id", f.sourceFileId());
            entry.put("file_name", f.displayName());
            entry.put("error", f.error().orElse(null));
            return entry;
        }).toList());
        m.put("embedding_model", i.embeddingModel());
        m.put("embedding_dimension", i.embeddingDimension());
        return m;
    }
}
