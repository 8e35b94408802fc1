package dev.quire.directories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.errors.ApiException;
import dev.quire.paging.PagePosition;
import dev.quire.paging.PageRequest;
import dev.quire.testing.Seed;
import dev.quire.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Directories and their entries: listing, soft deletes, and unique ids among live entries. */
abstract class DirectoryStoreContract {
    private TestDatabase db;
    private JdbiDirectoryStore directories;
    private JdbiDirectoryFileStore entries;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        db = newDatabase();
        Seed.project(db.database().jdbi(), "p1");
        directories = new JdbiDirectoryStore(db.database().jdbi());
        entries = new JdbiDirectoryFileStore(db.database().jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Directory directory(String id, String name, String type, long createdAt) {
        return new Directory(id, "p1", name, Optional.empty(), type, Optional.empty(), Optional.empty(),
                createdAt, createdAt, Optional.empty());
    }

    private static DirectoryFile entry(String id, String directoryId, String uniqueId, String displayName, long at) {
        return new DirectoryFile(id, "p1", directoryId, uniqueId, displayName, Optional.of("file-" + id),
                Map.of("source", "upload"), Map.of("tag", "x", "n", 3, "ok", true), at, at, Optional.empty());
    }

    @Test
    void a_directory_reads_back_as_written_and_updates_in_place() {
        Directory d = new Directory("d1", "p1", "Docs", Optional.of("about"), Directory.EPHEMERAL,
                Optional.of(Map.of("k", "v")), Optional.of(1_700_000_000_000_000L), 5, 5, Optional.empty());
        directories.insert(d);
        assertThat(directories.find("p1", "d1")).contains(d);
        directories.update(d.renamed("Renamed", Optional.empty(), 6));
        assertThat(directories.find("p1", "d1")).map(Directory::name).contains("Renamed");
        assertThat(directories.find("p1", "d1").orElseThrow().description()).isEmpty();
        assertThat(directories.find("p2", "d1")).isEmpty();
    }

    @Test
    void directories_list_newest_first_by_page_with_name_and_type_filters() {
        directories.insert(directory("d-a", "same", Directory.USER, 1));
        directories.insert(directory("d-b", "same", Directory.INDEX, 2));
        directories.insert(directory("d-c", "other", Directory.USER, 2));
        directories.insert(directory("d-d", "same", Directory.USER, 3));

        DirectoryQuery all = new DirectoryQuery(false, Optional.empty(), List.of());
        List<Directory> first = directories.list("p1", all, PageRequest.first(2));
        assertThat(first).extracting(Directory::id).containsExactly("d-d", "d-c", "d-b");
        PagePosition after = new PagePosition("2", "d-c");
        assertThat(directories.list("p1", all, new PageRequest(2, Optional.of(after))))
                .extracting(Directory::id).containsExactly("d-b", "d-a");

        DirectoryQuery sameUsers = new DirectoryQuery(false, Optional.of("same"), List.of(Directory.USER));
        assertThat(directories.list("p1", sameUsers, PageRequest.first(10))).extracting(Directory::id)
                .containsExactly("d-d", "d-a");
    }

    @Test
    void deleting_a_directory_deletes_its_entries_and_frees_their_unique_ids() {
        directories.insert(directory("d1", "docs", Directory.USER, 1));
        entries.insert(entry("e1", "d1", "u1", "one.pdf", 1));
        assertThat(directories.markDeleted("p1", "d1", 9)).isTrue();
        assertThat(directories.markDeleted("p1", "d1", 10)).isFalse();

        assertThat(directories.find("p1", "d1").orElseThrow().deletedAt()).contains(9L);
        assertThat(directories.list("p1", new DirectoryQuery(false, Optional.empty(), List.of()),
                PageRequest.first(10))).isEmpty();
        assertThat(directories.list("p1", new DirectoryQuery(true, Optional.empty(), List.of()),
                PageRequest.first(10))).extracting(Directory::id).containsExactly("d1");
        assertThat(entries.find("p1", "e1").orElseThrow().deletedAt()).contains(9L);
        assertThat(entries.findLive("d1", "u1")).isEmpty();
        entries.insert(entry("e2", "d1", "u1", "again.pdf", 10)); // the unique id is free again
    }

    @Test
    void an_entry_reads_back_with_both_metadata_layers() {
        directories.insert(directory("d1", "docs", Directory.USER, 1));
        DirectoryFile e = entry("e1", "d1", "u1", "one.pdf", 1);
        entries.insert(e);
        assertThat(entries.find("p1", "e1")).contains(e);
        assertThat(entries.findLive("d1", "u1")).contains(e);
    }

    @Test
    void two_live_entries_with_one_unique_id_are_a_conflict_but_a_deleted_one_is_not() {
        directories.insert(directory("d1", "docs", Directory.USER, 1));
        entries.insert(entry("e1", "d1", "u1", "one.pdf", 1));
        assertThatThrownBy(() -> entries.insert(entry("e2", "d1", "u1", "two.pdf", 2)))
                .isInstanceOf(ApiException.Conflict.class).hasMessageContaining("u1");
        entries.insert(entry("e3", "d1", "U1", "case differs.pdf", 2));

        DirectoryFile deleted = entry("e1", "d1", "u1", "one.pdf", 1).deletedAt(5);
        entries.update(deleted);
        entries.insert(entry("e2", "d1", "u1", "two.pdf", 6));
        assertThat(entries.findLive("d1", "u1")).map(DirectoryFile::id).contains("e2");
        // Bringing the deleted one back while another is live is the same conflict.
        assertThatThrownBy(() -> entries.update(entry("e1", "d1", "u1", "one.pdf", 1)))
                .isInstanceOf(ApiException.Conflict.class);
    }

    @Test
    void entries_list_oldest_first_with_filters_and_pages() {
        directories.insert(directory("d1", "docs", Directory.USER, 1));
        entries.insert(entry("e-b", "d1", "u1", "Annual Report 50%.pdf", 10));
        entries.insert(entry("e-a", "d1", "u2", "annual_summary.txt", 10));
        entries.insert(entry("e-c", "d1", "u3", "notes.md", 20));
        entries.insert(entry("e-d", "d1", "u4", "report 500.pdf", 30));

        assertThat(list(DirectoryFileQuery.live("d1"), PageRequest.first(2))).containsExactly("e-a", "e-b", "e-c");
        assertThat(list(DirectoryFileQuery.live("d1"), new PageRequest(2, Optional.of(new PagePosition("10", "e-b")))))
                .containsExactly("e-c", "e-d");

        // Case-insensitive contains; % and _ are literal text.
        assertThat(list(contains("REPORT"), PageRequest.first(10))).containsExactly("e-b", "e-d");
        assertThat(list(contains("50%"), PageRequest.first(10))).containsExactly("e-b");
        assertThat(list(contains("l_s"), PageRequest.first(10))).containsExactly("e-a");
        assertThat(list(contains("l s"), PageRequest.first(10))).isEmpty();

        DirectoryFileQuery window = new DirectoryFileQuery("d1", Optional.empty(), Optional.empty(), Optional.empty(),
                false, Optional.empty(), Optional.of(10L), Optional.of(20L));
        assertThat(list(window, PageRequest.first(10))).containsExactly("e-a", "e-b", "e-c");
        DirectoryFileQuery exact = new DirectoryFileQuery("d1", Optional.of("notes.md"), Optional.empty(),
                Optional.of("file-e-c"), false, Optional.of("u3"), Optional.empty(), Optional.empty());
        assertThat(list(exact, PageRequest.first(10))).containsExactly("e-c");
    }

    @Test
    void deleting_a_file_deletes_its_live_entries_everywhere() {
        directories.insert(directory("d1", "one", Directory.USER, 1));
        directories.insert(directory("d2", "two", Directory.USER, 1));
        DirectoryFile a = entry("e1", "d1", "u1", "x", 1);
        DirectoryFile b = new DirectoryFile("e2", "p1", "d2", "u1", "x", a.fileId(), Map.of(), Map.of(), 1, 1,
                Optional.empty());
        entries.insert(a);
        entries.insert(b);
        assertThat(entries.markDeletedByFile("p1", "file-e1", 7)).containsExactlyInAnyOrder("d1", "d2");
        assertThat(entries.markDeletedByFile("p1", "file-e1", 8)).isEmpty();
        assertThat(entries.find("p1", "e2").orElseThrow().deletedAt()).contains(7L);
        DirectoryFileQuery withDeleted = new DirectoryFileQuery("d2", Optional.empty(), Optional.empty(),
                Optional.empty(), true, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(list(withDeleted, PageRequest.first(10))).containsExactly("e2");
    }

    private static DirectoryFileQuery contains(String text) {
        return new DirectoryFileQuery("d1", Optional.empty(), Optional.of(text), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private List<String> list(DirectoryFileQuery query, PageRequest page) {
        return entries.list("p1", query, page).stream().map(DirectoryFile::id).toList();
    }
}
