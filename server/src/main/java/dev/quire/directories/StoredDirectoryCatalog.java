package dev.quire.directories;

import dev.quire.db.Transactions;
import dev.quire.paging.PagePosition;
import dev.quire.common.Ids;
import dev.quire.common.Timestamps;
import dev.quire.paging.PageRequest;
import dev.quire.http.PageToken;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** {@link DirectoryCatalog} over the directory stores. Output writes do not notify the change listener. */
public final class StoredDirectoryCatalog implements DirectoryCatalog {
    private static final int BATCH = PageRequest.MAX_SIZE;

    private final DirectoryStore directories;
    private final DirectoryFileStore entries;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public StoredDirectoryCatalog(DirectoryStore directories, DirectoryFileStore entries, Transactions transactions,
                                  Ids ids, Clock clock) {
        this.directories = directories;
        this.entries = entries;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Optional<Directory> findLive(String projectId, String directoryId) {
        return directories.find(projectId, directoryId).filter(d -> !d.deleted());
    }

    @Override
    public List<DirectoryFile> entries(String projectId, String directoryId, OptionalLong changedSinceMicros) {
        DirectoryFileQuery query = new DirectoryFileQuery(directoryId, Optional.empty(), Optional.empty(),
                Optional.empty(), changedSinceMicros.isPresent(), Optional.empty(),
                changedSinceMicros.isPresent() ? Optional.of(changedSinceMicros.getAsLong()) : Optional.empty(),
                Optional.empty());
        List<DirectoryFile> all = new ArrayList<>();
        PageRequest page = PageRequest.first(BATCH);
        while (true) {
            List<DirectoryFile> rows = entries.list(projectId, query, page);
            all.addAll(rows.subList(0, Math.min(rows.size(), BATCH)));
            if (rows.size() <= BATCH) {
                return List.copyOf(all);
            }
            DirectoryFile last = all.get(all.size() - 1);
            page = new PageRequest(BATCH, Optional.of(new PagePosition(Long.toString(last.createdAt()), last.id())));
        }
    }

    @Override
    public Directory createOutputDirectory(String projectId, String indexId, String name) {
        long now = Timestamps.nowMicros(clock);
        Directory output = new Directory(ids.prefixed("dir"), projectId, name, Optional.empty(), Directory.INDEX,
                Optional.of(Map.of("index_id", indexId)), Optional.empty(), now, now, Optional.empty());
        directories.insert(output);
        return output;
    }

    @Override
    public DirectoryFile upsertOutputEntry(String projectId, String outputDirectoryId, OutputEntry entry) {
        Directory output = outputDirectory(projectId, outputDirectoryId);
        return transactions.inTransaction(() -> {
            long now = Timestamps.nowMicros(clock);
            Optional<DirectoryFile> existing = entries.findLive(output.id(), entry.uniqueId());
            DirectoryFile row = new DirectoryFile(existing.map(DirectoryFile::id).orElseGet(() -> ids.prefixed("dfl")),
                    projectId, output.id(), entry.uniqueId(), entry.displayName(), entry.fileId(),
                    entry.systemMetadata(), entry.userMetadata(), existing.map(DirectoryFile::createdAt).orElse(now),
                    now, Optional.empty());
            if (existing.isPresent()) {
                entries.update(row);
            } else {
                entries.insert(row);
            }
            return row;
        });
    }

    @Override
    public boolean deleteOutputEntry(String projectId, String outputDirectoryId, String uniqueId) {
        Directory output = outputDirectory(projectId, outputDirectoryId);
        Optional<DirectoryFile> existing = entries.findLive(output.id(), uniqueId);
        existing.ifPresent(e -> entries.update(e.deletedAt(Timestamps.nowMicros(clock))));
        return existing.isPresent();
    }

    @Override
    public void deleteOutputDirectory(String projectId, String outputDirectoryId) {
        directories.find(projectId, outputDirectoryId).filter(Directory::isIndexOutput)
                .ifPresent(d -> directories.markDeleted(projectId, d.id(), Timestamps.nowMicros(clock)));
    }

    private Directory outputDirectory(String projectId, String outputDirectoryId) {
        return findLive(projectId, outputDirectoryId).filter(Directory::isIndexOutput)
                .orElseThrow(() -> new IllegalArgumentException("not a live index output directory of project "
                        + projectId + ": " + outputDirectoryId));
    }
}
