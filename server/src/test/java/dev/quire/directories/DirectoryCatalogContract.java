package dev.quire.directories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.common.Ids;
import dev.quire.db.Database;
import dev.quire.errors.ApiException;
import dev.quire.files.FileReferences;
import dev.quire.files.FilesService;
import dev.quire.files.JdbiFileStore;
import dev.quire.files.NewFile;
import dev.quire.storage.FileSystemBlobStore;
import dev.quire.storage.Presigner;
import dev.quire.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API an index sync uses, and the rules that need a wiring the HTTP tests cannot reach,
 * on each metadata database.
 */
abstract class DirectoryCatalogContract {
    private static final String PROJECT = "11111111-1111-1111-1111-111111111111";

    @TempDir
    Path dataDir;
    TestDatabase testDatabase;
    Database db;
    JdbiDirectoryStore directoryStore;
    JdbiDirectoryFileStore entryStore;
    StoredDirectoryCatalog catalog;
    DirectoriesService directories;
    List<String> changed = new ArrayList<>();

    @BeforeEach
    void open() {
        testDatabase = newDatabase();
        db = testDatabase.database();
        db.jdbi().useHandle(h -> {
            h.execute("insert into organizations(id, name, created_at) values ('org', 'o', 0)");
            h.execute("insert into projects(id, organization_id, name, is_default, created_at, updated_at) "
                    + "values (?, 'org', 'p', true, 0, 0)", PROJECT);
        });
        directoryStore = new JdbiDirectoryStore(db.jdbi());
        entryStore = new JdbiDirectoryFileStore(db.jdbi());
        catalog = new StoredDirectoryCatalog(directoryStore, entryStore, db, Ids.random(), Clock.systemUTC());
        directories = new DirectoriesService(directoryStore, "dir-source"::equals, (p, d) -> changed.add(d),
                Ids.random(), Clock.systemUTC());
    }

    protected abstract TestDatabase newDatabase();

    @AfterEach
    void close() {
        testDatabase.close();
    }

    private FilesService files(FileReferences references) {
        return new FilesService(new JdbiFileStore(db.jdbi()), db, FileSystemBlobStore.open(dataDir),
                new Presigner(new byte[32], Clock.systemUTC(), () -> "http://localhost"), references,
                Ids.random(), Clock.systemUTC());
    }

    @Test
    void output_entries_are_upserted_by_unique_id_and_soft_deleted() throws Exception {
        Directory output = catalog.createOutputDirectory(PROJECT, "idx-1", "my index");
        assertThat(output.type()).isEqualTo("index");
        assertThat(output.systemMetadata().orElseThrow()).containsEntry("index_id", "idx-1");
        long start = dev.quire.common.Timestamps.nowMicros(Clock.systemUTC());

        DirectoryFile first = catalog.upsertOutputEntry(PROJECT, output.id(), new OutputEntry("dfl-src-1", "a.pdf",
                Optional.empty(), Map.of("source_directory_file_id", "dfl-src-1"), Map.of("team", "x")));
        DirectoryFile again = catalog.upsertOutputEntry(PROJECT, output.id(), new OutputEntry("dfl-src-1", "a2.pdf",
                Optional.empty(), Map.of(), Map.of()));
        catalog.upsertOutputEntry(PROJECT, output.id(), new OutputEntry("dfl-src-2", "b.pdf", Optional.empty(),
                Map.of(), Map.of()));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.metadata()).containsEntry("source_directory_file_id", "dfl-src-1").containsEntry("team", "x");
        assertThat(catalog.entries(PROJECT, output.id(), OptionalLong.empty()))
                .extracting(DirectoryFile::displayName).containsExactly("a2.pdf", "b.pdf");

        Thread.sleep(2);
        long beforeDelete = dev.quire.common.Timestamps.nowMicros(Clock.systemUTC());
        assertThat(catalog.deleteOutputEntry(PROJECT, output.id(), "dfl-src-2")).isTrue();
        assertThat(catalog.deleteOutputEntry(PROJECT, output.id(), "dfl-src-2")).isFalse();
        assertThat(catalog.entries(PROJECT, output.id(), OptionalLong.empty())).hasSize(1);
        List<DirectoryFile> changes = catalog.entries(PROJECT, output.id(), OptionalLong.of(beforeDelete));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).deleted()).isTrue();
        assertThat(catalog.entries(PROJECT, output.id(), OptionalLong.of(start))).hasSize(2);
        assertThat(catalog.entries("22222222-2222-2222-2222-222222222222", output.id(), OptionalLong.empty())).isEmpty();

        catalog.deleteOutputDirectory(PROJECT, output.id());
        assertThat(catalog.findLive(PROJECT, output.id())).isEmpty();
        assertThat(catalog.entries(PROJECT, output.id(), OptionalLong.empty())).isEmpty();
    }

    @Test
    void entries_are_read_in_full_beyond_one_batch() {
        Directory output = catalog.createOutputDirectory(PROJECT, "idx-big", "big");
        for (int i = 0; i < 1005; i++) {
            catalog.upsertOutputEntry(PROJECT, output.id(), new OutputEntry("src-" + i, "f" + i, Optional.empty(),
                    Map.of(), Map.of()));
        }
        assertThat(catalog.entries(PROJECT, output.id(), OptionalLong.empty())).hasSize(1005);
    }

    @Test
    void index_directories_cannot_be_changed_or_deleted_by_users() {
        Directory output = catalog.createOutputDirectory(PROJECT, "idx-2", "out");
        assertThatThrownBy(() -> directories.update(PROJECT, output.id(), Optional.of("x"), Optional.empty()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> directories.delete(PROJECT, output.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void a_directory_an_index_reads_cannot_be_deleted() {
        long now = dev.quire.common.Timestamps.nowMicros(Clock.systemUTC());
        directoryStore.insert(new Directory("dir-source", PROJECT, "src", Optional.empty(), "user", Optional.empty(),
                Optional.empty(), now, now, Optional.empty()));
        assertThatThrownBy(() -> directories.delete(PROJECT, "dir-source"))
                .isInstanceOf(ApiException.Conflict.class);
        assertThat(catalog.findLive(PROJECT, "dir-source")).isPresent();
        assertThat(changed).isEmpty();
    }

    @Test
    void a_file_delete_and_its_cascade_commit_together_or_not_at_all() {
        var created = directories.create(PROJECT, new DirectoriesService.NewDirectory("d", Optional.empty(), "user",
                Optional.empty(), Optional.empty()));
        FilesService failing = files((p, f, at) -> {
            entryStore.markDeletedByFile(p, f, at);
            throw new IllegalStateException("cascade failed");
        });
        var file = failing.upload(PROJECT, new NewFile("a.txt", "user_data", Optional.empty(),
                new ByteArrayInputStream(new byte[] {1})));
        DirectoryFilesService entries = new DirectoryFilesService(directoryStore, entryStore, failing, db,
                (p, d) -> changed.add(d), Ids.random(), Clock.systemUTC());
        entries.add(PROJECT, created.id(), file.id(), new DirectoryFilesService.EntryFields(Optional.empty(), Map.of(),
                Optional.empty()));

        assertThatThrownBy(() -> failing.delete(PROJECT, file.id())).hasMessageContaining("cascade failed");
        assertThat(failing.find(PROJECT, file.id())).as("the file delete rolled back").isPresent();
        assertThat(catalog.entries(PROJECT, created.id(), OptionalLong.empty())).as("the cascade rolled back").hasSize(1);

        changed.clear();
        FilesService working = files(new DirectoryFileReferences(entryStore, (p, d) -> changed.add(d)));
        working.delete(PROJECT, file.id());
        assertThat(working.find(PROJECT, file.id())).isEmpty();
        assertThat(catalog.entries(PROJECT, created.id(), OptionalLong.empty())).isEmpty();
        assertThat(changed).containsExactly(created.id());
    }
}
