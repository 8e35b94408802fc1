package dev.quire.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.paging.PagePosition;
import dev.quire.paging.PageRequest;
import dev.quire.testing.Seed;
import dev.quire.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File rows: filters, the three orders with keyset paging, tombstones. */
abstract class FileStoreContract {
    private TestDatabase db;
    private JdbiFileStore store;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        db = newDatabase();
        Seed.project(db.database().jdbi(), "p1");
        Seed.project(db.database().jdbi(), "p2");
        store = new JdbiFileStore(db.database().jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static StoredFile file(String id, String project, String name, long createdAt) {
        return new StoredFile(id, project, name, Optional.of("pdf"), Optional.empty(), "user_data", "blob-" + id,
                123_456_789_012L, "sha-" + id, createdAt, createdAt, Optional.empty());
    }

    private static FileQuery ordered(FileQuery.Order order) {
        return new FileQuery(Optional.empty(), List.of(), Optional.empty(), order);
    }

    @Test
    void a_file_reads_back_as_written() {
        StoredFile f = new StoredFile("f1", "p1", "Report.pdf", Optional.empty(), Optional.of("ext-1"), "user_data",
                "blob-1", 5_000_000_000L, "abc", 7, 8, Optional.empty());
        store.insert(f);
        assertThat(store.find("p1", "f1")).contains(f);
        assertThat(store.find("p2", "f1")).isEmpty();
    }

    @Test
    void names_sort_by_code_point_and_page_by_name_then_id() {
        // Upper case before "_" before lower case before accents: byte order of UTF-8, on every database.
        List<String> names = List.of("b", "B", "_x", "a", "A", "é", "Z", "a");
        for (int i = 0; i < names.size(); i++) {
            store.insert(file("f" + i, "p1", names.get(i), i));
        }
        List<String> expected = List.of("A", "B", "Z", "_x", "a", "a", "b", "é");
        assertThat(pages(ordered(FileQuery.Order.NAME), 3, f -> new PagePosition(f.name(), f.id())))
                .extracting(StoredFile::name).containsExactlyElementsOf(expected);
        assertThat(pages(ordered(FileQuery.Order.NAME), 3, f -> new PagePosition(f.name(), f.id())))
                .filteredOn(f -> f.name().equals("a")).extracting(StoredFile::id).containsExactly("f3", "f7");
    }

    @Test
    void newest_first_with_ties_broken_by_id_and_id_order_ascending() {
        store.insert(file("f-a", "p1", "x", 5));
        store.insert(file("f-b", "p1", "x", 5));
        store.insert(file("f-c", "p1", "x", 9));
        store.insert(file("f-d", "p1", "x", 1));
        store.insert(file("other", "p2", "x", 5));

        assertThat(pages(FileQuery.all(), 1, f -> new PagePosition(Long.toString(f.createdAt()), f.id())))
                .extracting(StoredFile::id).containsExactly("f-c", "f-b", "f-a", "f-d");
        assertThat(pages(ordered(FileQuery.Order.ID), 2, f -> new PagePosition("", f.id())))
                .extracting(StoredFile::id).containsExactly("f-a", "f-b", "f-c", "f-d");
    }

    @Test
    void filters_combine_and_deleted_files_are_not_listed() {
        store.insert(file("f1", "p1", "a.pdf", 1));
        store.insert(file("f2", "p1", "b.pdf", 2));
        store.insert(new StoredFile("f3", "p1", "a.pdf", Optional.empty(), Optional.of("ext"), "user_data", "blob-3",
                1, "s", 3, 3, Optional.empty()));

        FileQuery byName = new FileQuery(Optional.empty(), List.of(), Optional.of("a.pdf"), FileQuery.Order.ID);
        assertThat(store.list("p1", byName, PageRequest.first(10))).extracting(StoredFile::id).containsExactly("f1", "f3");
        FileQuery byIds = new FileQuery(Optional.empty(), List.of("f2", "f3", "nope"), Optional.empty(), FileQuery.Order.ID);
        assertThat(store.list("p1", byIds, PageRequest.first(10))).extracting(StoredFile::id).containsExactly("f2", "f3");
        FileQuery byExternal = new FileQuery(Optional.of("ext"), List.of(), Optional.of("a.pdf"), FileQuery.Order.ID);
        assertThat(store.list("p1", byExternal, PageRequest.first(10))).extracting(StoredFile::id).containsExactly("f3");

        assertThat(store.markDeleted("p1", "f1", 50)).isTrue();
        assertThat(store.markDeleted("p1", "f1", 51)).isFalse();
        assertThat(store.markDeleted("p2", "f2", 51)).isFalse();
        assertThat(store.find("p1", "f1").orElseThrow().deletedAt()).contains(50L);
        assertThat(store.list("p1", byName, PageRequest.first(10))).extracting(StoredFile::id).containsExactly("f3");
        assertThat(store.referencedBlobKeys()).containsExactlyInAnyOrder("blob-f2", "blob-3");
    }

    @Test
    void a_failed_transaction_writes_nothing() {
        try {
            db.database().inTransaction(() -> {
                store.insert(file("f1", "p1", "a", 1));
                throw new IllegalStateException("abort");
            });
        } catch (IllegalStateException expected) {
            // the insert must be rolled back
        }
        assertThat(store.find("p1", "f1")).isEmpty();
        db.database().inTransaction(() -> {
            store.insert(file("f1", "p1", "a", 1));
            return null;
        });
        assertThat(store.find("p1", "f1")).isPresent();
    }

    /** Every row of the query, fetched page by page as the API does. */
    private List<StoredFile> pages(FileQuery query, int size, Function<StoredFile, PagePosition> position) {
        List<StoredFile> all = new ArrayList<>();
        PageRequest page = PageRequest.first(size);
        while (true) {
            List<StoredFile> rows = store.list("p1", query, page);
            assertThat(rows.size()).isLessThanOrEqualTo(size + 1);
            List<StoredFile> items = rows.subList(0, Math.min(size, rows.size()));
            all.addAll(items);
            if (rows.size() <= size) {
                return all;
            }
            page = new PageRequest(size, Optional.of(position.apply(items.get(items.size() - 1))));
        }
    }
}
