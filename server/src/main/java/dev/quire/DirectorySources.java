package dev.quire;

import dev.quire.directories.DirectoryCatalog;
import dev.quire.directories.DirectoryFile;
import dev.quire.files.FileCatalog;
import dev.quire.files.StoredFile;
import dev.quire.indexes.OutputDirectories;
import dev.quire.indexes.SourceFiles;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lets the indexes feature read source directories and write output directories through the
 * directories and files features, without either knowing the other.
 */
final class DirectorySources implements SourceFiles, OutputDirectories {
    private final DirectoryCatalog directories;
    private final FileCatalog files;

    DirectorySources(DirectoryCatalog directories, FileCatalog files) {
        this.directories = directories;
        this.files = files;
    }

    @Override
    public Optional<Directory> directory(String projectId, String directoryId) {
        return directories.findLive(projectId, directoryId).map(d -> new Directory(d.id(), d.name(), d.type()));
    }

    @Override
    public Optional<List<SourceFile>> liveFiles(String projectId, String directoryId) {
        if (directories.findLive(projectId, directoryId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(directories.entries(projectId, directoryId, OptionalLong.empty()).stream()
                .filter(entry -> !entry.deleted() && entry.fileId().isPresent())
                .flatMap(entry -> files.find(projectId, entry.fileId().get()).stream()
                        .map(file -> source(entry, file)))
                .toList());
    }

    private static SourceFile source(DirectoryFile entry, StoredFile file) {
        return new SourceFile(entry.id(), file.id(), entry.displayName(), file.sha256(), entry.metadata());
    }

    @Override
    public long lastChange(String projectId, String directoryId) {
        return directories.entries(projectId, directoryId, OptionalLong.of(0)).stream()
                .mapToLong(DirectoryFile::updatedAt).max().orElse(0);
    }

    @Override
    public InputStream open(String projectId, String fileId) throws FileNotFoundException {
        StoredFile file = files.find(projectId, fileId)
                .orElseThrow(() -> new FileNotFoundException("file " + fileId + " was deleted"));
        return files.open(file);
    }

    @Override
    public String create(String projectId, String indexId, String indexName) {
        return directories.createOutputDirectory(projectId, indexId, indexName).id();
    }

    @Override
    public String upsertParsed(String projectId, String outputDirectoryId, SourceFile source) {
        return directories.upsertOutputEntry(projectId, outputDirectoryId, new dev.quire.directories.OutputEntry(
                source.directoryFileId(), source.displayName(), Optional.of(source.fileId()),
                Map.of("source_directory_file_id", source.directoryFileId()), source.metadata())).id();
    }

    @Override
    public void removeParsed(String projectId, String outputDirectoryId, String sourceDirectoryFileId) {
        directories.deleteOutputEntry(projectId, outputDirectoryId, sourceDirectoryFileId);
    }

    @Override
    public void delete(String projectId, String outputDirectoryId) {
        directories.deleteOutputDirectory(projectId, outputDirectoryId);
    }
}
