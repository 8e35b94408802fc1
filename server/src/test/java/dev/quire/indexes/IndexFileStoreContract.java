package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.Seed;
import dev.quire.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a sync records per file: results, parsed texts and attachments. */
abstract class IndexFileStoreContract {
    private TestDatabase db;
    private JdbiIndexStore indexes;
    private JdbiIndexFileStore store;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        db = newDatabase();
        Seed.project(db.database().jdbi(), "p1");
        indexes = new JdbiIndexStore(db.database().jdbi());
        store = new JdbiIndexFileStore(db.database().jdbi());
        indexes.insert(IndexStoreContract.index("idx-1", "manual", 1),
                IndexStoreContract.job("job-1", "idx-1", SyncJob.QUEUED, 1));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static IndexedFile file(String source, String name, String state, int chunks, long at) {
        return new IndexedFile("idx-1", source, "parsed-" + source, Optional.of("file-" + source), name, "fp-" + source,
                state, IndexedFile.FAILED.equals(state) ? Optional.of("bad " + name) : Optional.empty(), chunks, 2, at);
    }

    private static IndexFileStore.ParsedText text(String content) {
        return new IndexFileStore.ParsedText(content, List.of(new int[] {0, 3}, new int[] {3, content.length()}));
    }

    @Test
    void saving_again_replaces_the_file_and_its_text() {
        store.save(file("s1", "a.pdf", IndexedFile.INDEXED, 3, 1), Optional.of(text("old text")));
        IndexedFile again = file("s1", "a.pdf", IndexedFile.INDEXED, 5, 2);
        store.saveAll(List.of(new IndexFileStore.Saved(again, Optional.of(text("new text")))));

        assertThat(store.files("idx-1")).containsExactly(again);
        IndexFileStore.ParsedText stored = store.parsedText("idx-1", "parsed-s1").orElseThrow();
        assertThat(stored.content()).isEqualTo("new text");
        assertThat(stored.pages()).hasSize(2);
        assertThat(stored.pages().get(1)).containsExactly(3, 8);
        assertThat(store.findParsed("p1", "parsed-s1")).contains(again);
        assertThat(store.findParsed("p1", "file-s1")).contains(again);
        assertThat(store.findParsed("p2", "file-s1")).isEmpty();
    }

    @Test
    void a_nul_in_extracted_text_is_stored_as_a_replacement_character_of_the_same_length() {
        store.save(file("s1", "a.pdf", IndexedFile.INDEXED, 1, 1), Optional.of(text("ab\u0000cdef")));
        assertThat(store.parsedText("idx-1", "parsed-s1").orElseThrow().content()).isEqualTo("ab\uFFFDcdef");
    }

    @Test
    void stats_count_files_and_chunks_and_list_failures_by_name() {
        store.saveAll(List.of(
                new IndexFileStore.Saved(file("s1", "b.pdf", IndexedFile.INDEXED, 3, 1), Optional.empty()),
                new IndexFileStore.Saved(file("s2", "a.pdf", IndexedFile.INDEXED, 4, 1), Optional.empty()),
                new IndexFileStore.Saved(file("s3", "b.doc", IndexedFile.FAILED, 0, 1), Optional.empty()),
                new IndexFileStore.Saved(file("s4", "B.doc", IndexedFile.FAILED, 0, 1), Optional.empty()),
                new IndexFileStore.Saved(file("s5", "_.doc", IndexedFile.FAILED, 0, 1), Optional.empty())));
        IndexFileStore.Stats stats = store.stats("idx-1");
        assertThat(stats.parsedFiles()).isEqualTo(2);
        assertThat(stats.failedFiles()).isEqualTo(3);
        assertThat(stats.chunks()).isEqualTo(7);
        assertThat(stats.failed()).extracting(IndexedFile::displayName).containsExactly("B.doc", "_.doc", "b.doc");
        assertThat(store.stats("empty")).isEqualTo(new IndexFileStore.Stats(0, 0, 0, List.of()));
    }

    @Test
    void attachments_replace_by_name_list_by_name_and_go_with_their_file() {
        store.save(file("s1", "a.pdf", IndexedFile.INDEXED, 3, 1), Optional.of(text("abcdef")));
        assertThat(store.saveAttachment(attachment("page_2.jpg", "k2"))).isEmpty();
        assertThat(store.saveAttachment(attachment("page_10.jpg", "k10"))).isEmpty();
        assertThat(store.saveAttachment(attachment("Page_1.jpg", "k1"))).isEmpty();
        assertThat(store.saveAttachment(attachment("page_2.jpg", "k2b"))).contains("k2");

        assertThat(store.attachments("idx-1", "parsed-s1")).extracting(AttachmentStore.Attachment::name)
                .containsExactly("Page_1.jpg", "page_10.jpg", "page_2.jpg");
        assertThat(store.attachment("idx-1", "parsed-s1", "page_2.jpg")).map(AttachmentStore.Attachment::storageKey)
                .contains("k2b");
        var byFile = store.attachments("idx-1", List.of("parsed-s1", "parsed-none"));
        assertThat(byFile.get("parsed-s1")).extracting(AttachmentStore.Attachment::name)
                .containsExactly("Page_1.jpg", "page_10.jpg", "page_2.jpg");
        assertThat(byFile.get("parsed-none")).isEmpty();
        assertThat(store.attachments("idx-2", List.of("parsed-s1")).get("parsed-s1")).isEmpty();
        assertThat(store.attachments("idx-1", List.of())).isEmpty();
        assertThat(store.referencedBlobKeys()).containsExactlyInAnyOrder("k1", "k10", "k2b");
        assertThat(store.removeAttachmentsExcept("idx-1", "parsed-s1", Set.of("page_2.jpg")))
                .containsExactlyInAnyOrder("k1", "k10");

        assertThat(store.remove("idx-1", "s1", "parsed-s1")).containsExactly("k2b");
        assertThat(store.files("idx-1")).isEmpty();
        assertThat(store.parsedText("idx-1", "parsed-s1")).isEmpty();
        assertThat(store.attachments("idx-1", "parsed-s1")).isEmpty();
    }

    @Test
    void removing_everything_of_an_index_returns_its_blobs() {
        store.save(file("s1", "a.pdf", IndexedFile.INDEXED, 3, 1), Optional.of(text("abc")));
        store.save(file("s2", "b.pdf", IndexedFile.INDEXED, 3, 1), Optional.empty());
        store.saveAttachment(attachment("page_1.jpg", "k1"));
        assertThat(store.removeAll("idx-1")).containsExactly("k1");
        assertThat(store.files("idx-1")).isEmpty();
        assertThat(store.referencedBlobKeys()).isEmpty();
    }

    @Test
    void a_deleted_index_holds_no_blobs_and_finds_no_parsed_files() {
        store.save(file("s1", "a.pdf", IndexedFile.INDEXED, 3, 1), Optional.empty());
        store.saveAttachment(attachment("page_1.jpg", "k1"));
        Index i = indexes.byId("idx-1").orElseThrow();
        indexes.update(i.withState(i.status(), Optional.empty(), false, 5, Optional.empty(), Optional.empty(),
                Optional.of(5L)));
        assertThat(store.referencedBlobKeys()).isEmpty();
        assertThat(store.findParsed("p1", "parsed-s1")).isEmpty();
    }

    private static AttachmentStore.Attachment attachment(String name, String key) {
        return new AttachmentStore.Attachment("idx-1", "parsed-s1", name, "image/jpeg", 1234, key, 1);
    }
}
