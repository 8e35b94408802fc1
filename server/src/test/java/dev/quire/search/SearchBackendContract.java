package dev.quire.search;

import static dev.quire.search.TestChunks.doc;
import static dev.quire.search.TestChunks.unit;
import static dev.quire.search.TestChunks.withSecondVector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quire.search.lucene.LuceneSearchBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link SearchBackend} must do, run once per backend by a few-line subclass that says
 * how to open it. Rankings and scores are also compared with the embedded Lucene backend on the
 * same data, since fusion in {@link HybridSearch} relies on both backends scoring alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchBackendContract {
    private static final int DIM = 4;

    /** Not @TempDir: JUnit would delete it before the backends close in @AfterAll. */
    private final List<Path> temporaryDirectories = new ArrayList<>();
    private SearchBackend backend;
    private RuntimeException openFailure;
    private LuceneSearchBackend reference;
    private final AtomicInteger ids = new AtomicInteger();
    private ChunkIndex filterIndex;
    private ChunkIndex selectiveIndex;

    /** Opens the backend under test; called once per test class, closed after its tests. */
    protected abstract SearchBackend openBackend();

    /** Whether {@link ChunkIndex#docsOfFile} returns vectors; a backend that does not must say so when asked. */
    protected boolean returnsVectors() {
        return true;
    }

    @AfterAll
    void closeBackends() {
        if (backend != null) {
            backend.close();
        }
        if (reference != null) {
            reference.close();
        }
        temporaryDirectories.forEach(SearchBackendContract::deleteTree);
    }

    /** A fresh directory, deleted after the backends close. */
    protected final synchronized Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("quire-search-contract");
            temporaryDirectories.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opened on first use, once @TempDir fields and the like are in place. */
    protected final synchronized SearchBackend backend() {
        if (backend == null) {
            if (openFailure != null) {
                throw new IllegalStateException("the backend did not open", openFailure);
            }
            try {
                backend = openBackend();
            } catch (RuntimeException e) {
                openFailure = e; // fail every test fast instead of opening again for each
                throw e;
            }
        }
        return backend;
    }

    private synchronized SearchBackend reference() {
        if (reference == null) {
            reference = new LuceneSearchBackend(temporaryDirectory());
        }
        return reference;
    }

    /** A new index id, so tests never see each other's chunks. */
    protected final String newIndexId() {
        return "c" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 1_000_000 + "-" + ids.incrementAndGet();
    }

    private ChunkIndex newIndex(int dimension) {
        return backend().index(newIndexId(), dimension);
    }

    private static List<String> chunkIds(List<Hit> hits) {
        return hits.stream().map(h -> h.chunk().chunkId()).toList();
    }

    // ---- writes, visibility and commit --------------------------------------------------------

    @Test
    void changes_become_visible_at_commit() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f1", List.of(doc("c1", "f1", 0, "hello world", unit(DIM, 0))));

        assertThat(index.count()).isZero();
        assertThat(index.bm25("hello", Filter.NONE, 5)).isEmpty();
        index.commit();
        assertThat(index.count()).isEqualTo(1);
        assertThat(chunkIds(index.bm25("hello", Filter.NONE, 5))).containsExactly("c1");
        assertThat(chunkIds(index.vector(unit(DIM, 0), Filter.NONE, 5, 10))).containsExactly("c1");
    }

    @Test
    void replacing_a_file_swaps_all_its_chunks_and_leaves_other_files_alone() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f1", List.of(doc("f1-0", "f1", 0, "old zero", unit(DIM, 0)), doc("f1-1", "f1", 1, "old one", unit(DIM, 1))));
        index.replaceFile("f2", List.of(doc("f2-0", "f2", 0, "other file", unit(DIM, 2))));
        index.commit();

        index.replaceFile("f1", List.of(doc("f1-new", "f1", 0, "new content", unit(DIM, 3))));
        assertThat(index.chunksOfFile("f1")).extracting(StoredChunk::chunkId).containsExactly("f1-0", "f1-1");
        index.commit();

        assertThat(index.chunksOfFile("f1")).extracting(StoredChunk::chunkId).containsExactly("f1-new");
        assertThat(index.chunksOfFile("f2")).extracting(StoredChunk::chunkId).containsExactly("f2-0");
        assertThat(index.bm25("old", Filter.NONE, 10)).isEmpty();
        assertThat(index.count()).isEqualTo(2);
        assertThat(index.fileIds()).containsExactlyInAnyOrder("f1", "f2");
    }

    @Test
    void docs_of_a_file_come_back_with_their_exact_vectors_in_chunk_order() {
        ChunkIndex index = newIndex(DIM);
        Random random = new Random(7);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("author", "alice");
        metadata.put("tags", List.of("x", "y"));
        List<ChunkDoc> written = List.of(
                doc("b", "f1", 1, "second chunk", TestChunks.random(DIM, random), metadata),
                doc("a", "f1", 0, "first chunk", TestChunks.random(DIM, random)),
                doc("c", "f1", 2, "third chunk", new float[] {0.1f, -2.5e-7f, 3.4028235e38f, 1f}));
        index.replaceFile("f1", written);
        index.replaceFile("f2", List.of(doc("d", "f2", 0, "other file", unit(DIM, 0))));
        index.commit();
        // A replaced file's old chunks are deleted but still on disk until merged: they must not come back.
        index.replaceFile("f2", List.of(doc("e", "f2", 0, "other file again", unit(DIM, 1))));
        index.commit();

        if (!returnsVectors()) {
            assertThatThrownBy(() -> index.docsOfFile("f1")).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("vectors");
            return;
        }
        List<ChunkDoc> read = index.docsOfFile("f1");
        assertThat(read).extracting(d -> d.chunk().chunkId()).containsExactly("a", "b", "c");
        for (ChunkDoc doc : read) {
            ChunkDoc original = written.stream().filter(w -> w.chunk().chunkId().equals(doc.chunk().chunkId()))
                    .findFirst().orElseThrow();
            assertThat(doc.chunk()).isEqualTo(original.chunk());
            assertThat(doc.vector()).containsExactly(original.vector());
        }
        assertThat(index.docsOfFile("f2")).singleElement().satisfies(d -> {
            assertThat(d.chunk().chunkId()).isEqualTo("e");
            assertThat(d.vector()).containsExactly(unit(DIM, 1));
        });
        assertThat(index.docsOfFile("missing")).isEmpty();
    }

    // ---- second vectors: stored, returned with hits, never searched ------------------------------

    /** Values that a lossy encoding (text, doubles, rounding) would not keep bit for bit. */
    private static final float[] AWKWARD_SECOND = {0.1f, -2.5e-7f, 3.4028235e38f, -0.0f, Float.MIN_VALUE, 1f / 3};

    @Test
    void second_vectors_come_back_exactly_with_bm25_and_vector_hits_and_chunks_without_one_have_null() {
        ChunkIndex index = newIndex(DIM);
        float[] second = TestChunks.random(6, new Random(11)); // its own dimension, unrelated to the index's
        // One file mixing chunks with and without a second vector, and a file with none at all.
        index.replaceFile("f1", List.of(
                withSecondVector(doc("with", "f1", 0, "apple pie", unit(DIM, 0)), second),
                withSecondVector(doc("awkward", "f1", 1, "apple tart", unit(DIM, 1)), AWKWARD_SECOND),
                doc("without", "f1", 2, "apple crumble", unit(DIM, 2))));
        index.replaceFile("f2", List.of(doc("other", "f2", 0, "apple juice", unit(DIM, 3))));
        index.commit();

        Map<String, float[]> expected = new HashMap<>();
        expected.put("with", second);
        expected.put("awkward", AWKWARD_SECOND);
        expected.put("without", null);
        expected.put("other", null);
        assertSecondVectors(index.bm25("apple", Filter.NONE, 10), expected);
        assertSecondVectors(index.vector(unit(DIM, 0), Filter.NONE, 10, 10), expected);
        expected.remove("other");
        assertSecondVectors(index.bm25("apple", Filter.of(Condition.eq(Filter.FILE_ID, "f1")), 10), expected);
    }

    @Test
    void replacing_a_file_replaces_its_second_vectors() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f1", List.of(
                withSecondVector(doc("a", "f1", 0, "apple pie", unit(DIM, 0)), new float[] {1, 2, 3}),
                withSecondVector(doc("b", "f1", 1, "apple tart", unit(DIM, 1)), new float[] {4, 5, 6})));
        index.replaceFile("f2", List.of(doc("c", "f2", 0, "apple juice", unit(DIM, 2))));
        index.commit();

        index.replaceFile("f1", List.of(
                withSecondVector(doc("a", "f1", 0, "apple pie", unit(DIM, 0)), new float[] {7, 8, 9}),
                doc("b", "f1", 1, "apple tart", unit(DIM, 1))));
        index.replaceFile("f2", List.of(withSecondVector(doc("c", "f2", 0, "apple juice", unit(DIM, 2)), new float[] {-1})));
        index.commit();

        Map<String, float[]> expected = new HashMap<>();
        expected.put("a", new float[] {7, 8, 9});
        expected.put("b", null);
        expected.put("c", new float[] {-1});
        assertSecondVectors(index.bm25("apple", Filter.NONE, 10), expected);
        assertSecondVectors(index.vector(unit(DIM, 0), Filter.NONE, 10, 10), expected);
        assertThat(index.count()).isEqualTo(3);
    }

    @Test
    void docs_of_a_file_carry_their_second_vectors_so_a_copy_ranks_with_them_too() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f1", List.of(
                withSecondVector(doc("a", "f1", 0, "apple pie", unit(DIM, 0)), AWKWARD_SECOND),
                doc("b", "f1", 1, "apple tart", unit(DIM, 1))));
        index.commit();

        if (!returnsVectors()) {
            assertThatThrownBy(() -> index.docsOfFile("f1")).isInstanceOf(UnsupportedOperationException.class);
            return;
        }
        List<ChunkDoc> read = index.docsOfFile("f1");
        assertThat(read).extracting(d -> d.chunk().chunkId()).containsExactly("a", "b");
        assertThat(read.get(0).secondVector()).containsExactly(AWKWARD_SECOND);
        assertThat(read.get(1).secondVector()).isNull();

        // What moving an index (or rewriting it in a new layout) does: read back, write again.
        ChunkIndex copy = newIndex(DIM);
        copy.replaceFile("f1", read);
        copy.commit();
        Map<String, float[]> expected = new HashMap<>();
        expected.put("a", AWKWARD_SECOND);
        expected.put("b", null);
        assertSecondVectors(copy.bm25("apple", Filter.NONE, 10), expected);
    }

    /** The hits are exactly the chunks of {@code expected}, each with its second vector bit for bit (null: none). */
    protected static void assertSecondVectors(List<Hit> hits, Map<String, float[]> expected) {
        assertThat(chunkIds(hits)).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Hit hit : hits) {
            float[] want = expected.get(hit.chunk().chunkId());
            if (want == null) {
                assertThat(hit.secondVector()).as("second vector of %s", hit.chunk().chunkId()).isNull();
            } else {
                assertThat(hit.secondVector()).as("second vector of %s", hit.chunk().chunkId()).isNotNull();
                assertThat(bits(hit.secondVector())).as("second vector of %s", hit.chunk().chunkId())
                        .containsExactly(bits(want));
            }
        }
    }

    private static int[] bits(float[] vector) {
        int[] bits = new int[vector.length];
        for (int i = 0; i < vector.length; i++) {
            bits[i] = Float.floatToRawIntBits(vector[i]);
        }
        return bits;
    }

    @Test
    void replacing_a_missing_file_with_nothing_is_fine() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("nowhere", List.of());
        index.deleteFile("nowhere");
        index.commit();

        assertThat(index.count()).isZero();
        assertThat(index.fileIds()).isEmpty();
    }

    @Test
    void deleting_a_file_removes_its_chunks_at_commit() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f1", List.of(doc("a", "f1", 0, "alpha", unit(DIM, 0)), doc("b", "f1", 1, "beta", unit(DIM, 1))));
        index.replaceFile("f2", List.of(doc("c", "f2", 0, "gamma", unit(DIM, 2))));
        index.commit();

        index.deleteFile("f1");
        assertThat(index.count()).isEqualTo(3);
        index.commit();

        assertThat(index.count()).isEqualTo(1);
        assertThat(index.chunksOfFile("f1")).isEmpty();
        assertThat(index.fileIds()).containsExactly("f2");
    }

    @Test
    void the_same_chunk_id_in_two_files_is_two_chunks() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f1", List.of(doc("c0", "f1", 0, "first file", unit(DIM, 0))));
        index.replaceFile("f2", List.of(doc("c0", "f2", 0, "second file", unit(DIM, 1))));
        index.commit();

        assertThat(index.count()).isEqualTo(2);
        assertThat(index.chunksOfFile("f1")).extracting(StoredChunk::content).containsExactly("first file");
    }

    @Test
    void stores_every_chunk_field_and_metadata_as_given_and_returns_chunks_in_order() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("author", "alice");
        metadata.put("year", 2021);
        metadata.put("ratio", 0.25);
        metadata.put("draft", false);
        metadata.put("tags", List.of("x", "y"));
        metadata.put("reviewer", null);
        metadata.put("odd key: ü/ \"quoted\"", "value, with commas");
        StoredChunk first = new StoredChunk("c1", "f1", 0, 0, 60, 14, 1, 1, "some content", metadata);
        StoredChunk second = new StoredChunk("c2", "f1", 3, 120, 180, 14, 2, 3, "more content", Map.of());
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f1", List.of(new ChunkDoc(second, unit(DIM, 1)), new ChunkDoc(first, unit(DIM, 0))));
        index.commit();

        assertThat(index.chunksOfFile("f1")).containsExactly(first, second);
        assertThat(index.bm25("content", Filter.NONE, 5)).extracting(Hit::chunk).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void returns_a_large_file_whole() {
        ChunkIndex index = newIndex(DIM);
        List<ChunkDoc> docs = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            docs.add(doc("c" + i, "big", i, "chunk number " + i, unit(DIM, i % DIM)));
        }
        index.replaceFile("big", docs);
        index.commit();

        List<StoredChunk> chunks = index.chunksOfFile("big");
        assertThat(chunks).hasSize(2_500);
        assertThat(chunks.get(2_499).chunkIndex()).isEqualTo(2_499);
        assertThat(index.count()).isEqualTo(2_500);
    }

    // ---- dimensions ---------------------------------------------------------------------------

    @Test
    void rejects_vectors_of_another_dimension_and_chunks_of_another_file() {
        ChunkIndex index = newIndex(DIM);
        assertThat(index.dimension()).isEqualTo(DIM);
        assertThatThrownBy(() -> index.replaceFile("f1", List.of(doc("c", "f1", 0, "x", new float[3]))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3-dimension");
        assertThatThrownBy(() -> index.replaceFile("f1", List.of(doc("c", "f2", 0, "x", unit(DIM, 0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to file f2");
        assertThatThrownBy(() -> index.vector(new float[5], Filter.NONE, 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 dimensions");
        assertThatThrownBy(() -> backend().index(newIndexId(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indexes_of_different_dimensions_live_side_by_side_including_wide_vectors() {
        Random random = new Random(1);
        ChunkIndex small = newIndex(8);
        ChunkIndex wide = newIndex(1536);
        float[] target = TestChunks.random(1536, random);
        wide.replaceFile("f", List.of(doc("target", "f", 0, "a", target), doc("other", "f", 1, "b", TestChunks.random(1536, random))));
        wide.commit();
        small.replaceFile("f", List.of(doc("s", "f", 0, "a", unit(8, 7))));
        small.commit();

        assertThat(chunkIds(wide.vector(Arrays.copyOf(target, 1536), Filter.NONE, 1, 10))).containsExactly("target");
        assertThat(chunkIds(small.vector(unit(8, 7), Filter.NONE, 1, 10))).containsExactly("s");
    }

    // ---- index lifecycle and isolation --------------------------------------------------------

    @Test
    void indexes_are_isolated_from_each_other() {
        ChunkIndex a = newIndex(DIM);
        ChunkIndex b = newIndex(DIM);
        a.replaceFile("f", List.of(doc("in-a", "f", 0, "shared words apple", unit(DIM, 0))));
        b.replaceFile("f", List.of(doc("in-b", "f", 0, "shared words banana", unit(DIM, 0))));
        a.commit();
        b.commit();

        assertThat(chunkIds(a.bm25("shared words", Filter.NONE, 10))).containsExactly("in-a");
        assertThat(chunkIds(b.vector(unit(DIM, 0), Filter.NONE, 10, 10))).containsExactly("in-b");
        assertThat(a.count()).isEqualTo(1);
        assertThat(b.chunksOfFile("f")).extracting(StoredChunk::chunkId).containsExactly("in-b");
    }

    @Test
    void the_same_id_gives_the_same_index() {
        String id = newIndexId();
        ChunkIndex index = backend().index(id, DIM);
        index.replaceFile("f", List.of(doc("c", "f", 0, "kept", unit(DIM, 0))));
        index.commit();

        assertThat(backend().index(id, DIM).count()).isEqualTo(1);
    }

    @Test
    void dropping_an_index_removes_it_and_its_chunks() {
        String id = newIndexId();
        String kept = newIndexId();
        ChunkIndex index = backend().index(id, DIM);
        index.replaceFile("f", List.of(doc("c", "f", 0, "gone soon", unit(DIM, 0))));
        index.commit();
        backend().index(kept, DIM).commit();
        assertThat(backend().storedIndexIds()).contains(id, kept);

        backend().drop(id);
        backend().drop(id); // twice is fine
        backend().drop(newIndexId()); // never existed: fine

        assertThat(backend().storedIndexIds()).doesNotContain(id).contains(kept);
        assertThat(backend().index(id, DIM).count()).isZero();
        assertThatThrownBy(() -> backend().drop("../etc")).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- BM25 ---------------------------------------------------------------------------------

    @Test
    void bm25_analyses_english_word_forms_and_ranks_rare_words_first() {
        ChunkIndex index = relevanceIndex(backend(), newIndexId());

        assertThat(top(index.bm25("refund issued", Filter.NONE, 3))).startsWith("Refunds are issued");
        assertThat(top(index.bm25("refund returned items", Filter.NONE, 3))).startsWith("Returned items must be");
        assertThat(top(index.bm25("claiming hotel expense", Filter.NONE, 3))).startsWith("Employees may claim");
        assertThat(top(index.bm25("The CATS' owner's", Filter.NONE, 3))).startsWith("Cats are popular");
    }

    @Test
    void a_query_of_only_stop_words_finds_nothing() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f", List.of(doc("c", "f", 0, "the and of", unit(DIM, 0))));
        index.commit();

        assertThat(index.bm25("the of", Filter.NONE, 5)).isEmpty();
        assertThat(index.bm25("?! ...", Filter.NONE, 5)).isEmpty();
    }

    @Test
    void query_syntax_in_the_text_is_just_text() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f", List.of(doc("c", "f", 0, "apple AND pie", unit(DIM, 0))));
        index.commit();

        assertThat(chunkIds(index.bm25("apple OR \"pie* {!term f=id}c:[* TO *] -apple NOT", Filter.NONE, 5))).containsExactly("c");
    }

    @Test
    void a_repeated_query_term_weighs_like_its_repetitions() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f1", List.of(doc("a", "f1", 0, "apple pie", unit(DIM, 0)), doc("b", "f1", 1, "banana bread", unit(DIM, 1))));
        index.commit();

        double once = index.bm25("apple", Filter.NONE, 1).get(0).score();
        double thrice = index.bm25("apple apple apple", Filter.NONE, 1).get(0).score();
        assertThat(thrice).isCloseTo(3 * once, within(1e-4));
    }

    @Test
    void a_text_with_more_distinct_terms_than_the_clause_limit_still_finds_its_rare_term() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f1", List.of(doc("c1", "f1", 0, "oolong is a tea", unit(DIM, 0)),
                doc("c2", "f1", 1, "common words only", unit(DIM, 1))));
        index.commit();
        StringBuilder text = new StringBuilder("common");
        for (int i = 0; i < 3_000; i++) {
            text.append(" filler").append(i);
        }
        text.append(" oolong");

        assertThat(chunkIds(index.bm25(text.toString(), Filter.NONE, 10))).containsExactly("c1", "c2");
    }

    // ---- hybrid search over the backend's rankings --------------------------------------------

    /** Twelve chunks, two with a rare word; the query vector is nearest a chunk without it. */
    @Test
    void hybrid_search_adds_bm25_zeros_only_when_bm25_returned_fewer_than_the_candidates() {
        ChunkIndex index = newIndex(DIM);
        List<ChunkDoc> docs = new ArrayList<>();
        docs.add(doc("a", "f", 0, "zeolite zeolite membranes filter water", angle(0.55)));
        docs.add(doc("b", "f", 1, "a zeolite mention among many other words about water", angle(0.9)));
        for (int i = 0; i < 10; i++) {
            docs.add(doc("n" + i, "f", 2 + i, "membranes filter water number " + i, angle(0.05 * i)));
        }
        index.replaceFile("f", docs);
        index.commit();
        HybridSearch search = new HybridSearch(index, new ZScoreFusion());
        float[] query = angle(0);

        HybridQuery few = new HybridQuery("zeolite", query, Filter.NONE, 5, 12, 0.5, 0.5);
        assertThat(search.search(few)).isEqualTo(new ZScoreFusion().fuse(
                HybridSearch.withUnmatched(index.bm25("zeolite", Filter.NONE, 12), index.vector(query, Filter.NONE, 12, 18)),
                0.5, index.vector(query, Filter.NONE, 12, 18), 0.5, 5));

        // "water" matches all twelve: BM25's list is full, nothing is added.
        HybridQuery full = new HybridQuery("water", query, Filter.NONE, 5, 12, 0.5, 0.5);
        assertThat(search.search(full)).isEqualTo(new ZScoreFusion().fuse(index.bm25("water", Filter.NONE, 12), 0.5,
                index.vector(query, Filter.NONE, 12, 18), 0.5, 5));
    }

    /** A unit vector at {@code radians} in the plane of the first two axes. */
    private static float[] angle(double radians) {
        float[] v = new float[DIM];
        v[0] = (float) Math.cos(radians);
        v[1] = (float) Math.sin(radians);
        return v;
    }

    // ---- vectors ------------------------------------------------------------------------------

    @Test
    void vector_search_ranks_by_cosine_scored_one_plus_cos_over_two() {
        ChunkIndex index = newIndex(DIM);
        index.replaceFile("f", List.of(
                doc("same", "f", 0, "a", new float[] {2, 0, 0, 0}),
                doc("diagonal", "f", 1, "b", new float[] {1, 1, 0, 0}),
                doc("orthogonal", "f", 2, "c", new float[] {0, 0, 3, 0}),
                doc("opposite", "f", 3, "d", new float[] {-1, 0, 0, 0})));
        index.commit();

        List<Hit> hits = index.vector(new float[] {1, 0, 0, 0}, Filter.NONE, 4, 10);

        assertThat(chunkIds(hits)).containsExactly("same", "diagonal", "orthogonal", "opposite");
        double[] expected = {1.0, (1 + Math.sqrt(0.5)) / 2, 0.5, 0.0};
        for (int i = 0; i < expected.length; i++) {
            assertThat(hits.get(i).score()).isCloseTo(expected[i], within(1e-5));
        }
    }

    // ---- filters (every operator, user metadata and static fields) ---------------------------

    private ChunkIndex filterIndex() {
        if (filterIndex == null) {
            Map<String, Object> none = new HashMap<>();
            none.put("author", null);
            ChunkIndex index = newIndex(DIM);
            index.replaceFile("f1", List.of(
                    doc("alice", "f1", 0, "common words", unit(DIM, 0),
                            Map.of("author", "alice", "year", 2020, "tags", List.of("red", "blue"), "draft", true,
                                    "score", 1.5, "date", "2024-01-10", "key with spaces", "x")),
                    doc("bob", "f1", 1, "common words", unit(DIM, 1),
                            Map.of("author", "bob", "year", 2021, "tags", List.of("blue"), "draft", false, "date", "2024-03-01"))));
            index.replaceFile("f2", List.of(
                    doc("carol", "f2", 0, "common words", unit(DIM, 2), Map.of("author", "carol", "year", 2023.0, "score", 7)),
                    doc("nobody", "f2", 1, "common words", unit(DIM, 3), none),
                    doc("bare", "f2", 2, "common words", unit(DIM, 0))));
            index.commit();
            filterIndex = index;
        }
        return filterIndex;
    }

    private Set<String> matching(Condition... conditions) {
        Filter filter = Filter.of(conditions);
        ChunkIndex index = filterIndex();
        Set<String> byText = Set.copyOf(chunkIds(index.bm25("common", filter, 100)));
        Set<String> byVector = Set.copyOf(chunkIds(index.vector(new float[] {1, 1, 1, 1}, filter, 100, 100)));
        assertThat(byVector).as("vector and BM25 agree on %s", filter).isEqualTo(byText);
        return byText;
    }

    @Test
    void eq_matches_strings_booleans_and_numbers_of_any_type() {
        assertThat(matching(Condition.eq("author", "alice"))).containsOnly("alice");
        assertThat(matching(Condition.eq("draft", true))).containsOnly("alice");
        assertThat(matching(Condition.eq("draft", false))).containsOnly("bob");
        assertThat(matching(Condition.eq("year", 2023))).containsOnly("carol"); // stored as 2023.0
        assertThat(matching(Condition.eq("year", 2021.0))).containsOnly("bob");
        assertThat(matching(Condition.eq("year", "2021"))).containsOnly("bob");
        assertThat(matching(Condition.eq("author", "zed"))).isEmpty();
        assertThat(matching(Condition.eq("key with spaces", "x"))).containsOnly("alice");
    }

    @Test
    void ne_matches_chunks_missing_the_key_or_holding_null() {
        assertThat(matching(Condition.ne("author", "alice"))).containsOnly("bob", "carol", "nobody", "bare");
    }

    @Test
    void in_and_nin_take_arrays() {
        assertThat(matching(Condition.in("author", List.of("alice", "carol")))).containsOnly("alice", "carol");
        assertThat(matching(Condition.nin("author", List.of("alice", "carol")))).containsOnly("bob", "nobody", "bare");
        assertThat(matching(Condition.in("author", List.of()))).isEmpty();
        assertThat(matching(Condition.nin("author", List.of()))).hasSize(5);
    }

    @Test
    void array_metadata_matches_when_any_element_does() {
        assertThat(matching(Condition.eq("tags", "blue"))).containsOnly("alice", "bob");
        assertThat(matching(Condition.eq("tags", "red"))).containsOnly("alice");
        assertThat(matching(Condition.in("tags", List.of("red", "green")))).containsOnly("alice");
        assertThat(matching(Condition.ne("tags", "red"))).containsOnly("bob", "carol", "nobody", "bare");
        assertThat(matching(Condition.nin("tags", List.of("blue")))).containsOnly("carol", "nobody", "bare");
    }

    @Test
    void range_operators_compare_numbers_and_skip_chunks_without_the_key() {
        assertThat(matching(Condition.gt("year", 2020))).containsOnly("bob", "carol");
        assertThat(matching(Condition.gte("year", 2020))).containsOnly("alice", "bob", "carol");
        assertThat(matching(Condition.lt("year", 2021))).containsOnly("alice");
        assertThat(matching(Condition.lte("year", 2021))).containsOnly("alice", "bob");
        assertThat(matching(Condition.gt("score", 1.5))).containsOnly("carol");
        assertThat(matching(Condition.gte("score", 1.5))).containsOnly("alice", "carol");
        assertThat(matching(Condition.lt("score", -1e300))).isEmpty();
    }

    @Test
    void bounds_on_one_key_combine_into_a_range() {
        assertThat(matching(Condition.gte("year", 2020.5), Condition.lt("year", 2023))).containsOnly("bob");
    }

    @Test
    void string_ranges_compare_as_text_for_iso_dates() {
        assertThat(matching(Condition.gte("date", "2024-02-01"))).containsOnly("bob");
        assertThat(matching(Condition.gt("date", "2024-03-01"))).isEmpty();
        assertThat(matching(Condition.lt("date", "2024-02-01"))).containsOnly("alice");
        assertThat(matching(Condition.lte("date", "2024-03-01"))).containsOnly("alice", "bob");
    }

    @Test
    void conditions_on_different_keys_all_apply() {
        assertThat(matching(Condition.eq("tags", "blue"), Condition.gt("year", 2020))).containsOnly("bob");
        assertThat(matching(Condition.ne("author", "bob"), Condition.eq(Filter.FILE_ID, "f1"))).containsOnly("alice");
    }

    @Test
    void file_id_filters_support_eq_ne_in_and_nin() {
        assertThat(matching(Condition.eq(Filter.FILE_ID, "f1"))).containsOnly("alice", "bob");
        assertThat(matching(Condition.ne(Filter.FILE_ID, "f1"))).containsOnly("carol", "nobody", "bare");
        assertThat(matching(Condition.in(Filter.FILE_ID, List.of("f2", "f9")))).containsOnly("carol", "nobody", "bare");
        assertThat(matching(Condition.nin(Filter.FILE_ID, List.of("f2")))).containsOnly("alice", "bob");
        assertThat(chunkIds(filterIndex().bm25("common", Filter.fileIdIn(List.of("f1")), 10))).containsOnly("alice", "bob");
    }

    @Test
    void a_filter_value_is_never_query_syntax() {
        assertThat(matching(Condition.eq("author", "alice OR *:*"))).isEmpty();
        assertThat(matching(Condition.in("author", List.of("} {!term f=id}alice", "a\"b")))).isEmpty();
        assertThat(matching(Condition.gte("date", "~\" TO *] OR *:* ["))).isEmpty();
    }

    // ---- filters inside the search: k results whenever k pass ---------------------------------

    private ChunkIndex selectiveIndex() {
        if (selectiveIndex == null) {
            // 200 chunks, 30 "rare" ranked below all 170 others by both text and vector.
            Random random = new Random(11);
            float[] away = unit(32, 1);
            List<ChunkDoc> docs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean rare = i % 20 < 3;
                String text = rare ? "apple with pears plums figs and cherries" : "apple apple apple orchard";
                float[] vector = TestChunks.near(rare ? away : unit(32, 0), 0.05, random);
                docs.add(doc("c" + i, "f" + (i % 7), i, text, vector, Map.of("kind", rare ? "rare" : "common", "n", i)));
            }
            ChunkIndex index = newIndex(32);
            for (int f = 0; f < 7; f++) {
                String fileId = "f" + f;
                index.replaceFile(fileId, docs.stream().filter(d -> d.chunk().fileId().equals(fileId)).toList());
            }
            index.commit();
            selectiveIndex = index;
        }
        return selectiveIndex;
    }

    private static boolean rare(Hit hit) {
        return "rare".equals(hit.chunk().metadata().get("kind"));
    }

    @Test
    void a_selective_filter_still_returns_k_hits_from_each_ranking_and_from_hybrid_search() {
        ChunkIndex index = selectiveIndex();
        float[] query = unit(32, 0);
        Filter rareOnly = Filter.of(Condition.eq("kind", "rare"));
        assertThat(index.bm25("apple", Filter.NONE, 100)).noneMatch(SearchBackendContract::rare);
        assertThat(index.vector(query, Filter.NONE, 100, 100)).noneMatch(SearchBackendContract::rare);

        assertThat(index.bm25("apple", rareOnly, 20)).hasSize(20).allMatch(SearchBackendContract::rare);
        assertThat(index.vector(query, rareOnly, 20, 20)).hasSize(20).allMatch(SearchBackendContract::rare);
        assertThat(new HybridSearch(index, new ReciprocalRankFusion()).search(HybridQuery.of("apple", query, rareOnly, 20)))
                .hasSize(20).allMatch(SearchBackendContract::rare);
    }

    @Test
    void returns_every_match_when_fewer_than_k_pass() {
        ChunkIndex index = selectiveIndex();
        Filter rareInRange = Filter.of(Condition.eq("kind", "rare"), Condition.lt("n", 100));

        assertThat(index.vector(unit(32, 0), rareInRange, 50, 50)).hasSize(15);
        assertThat(index.bm25("apple", rareInRange, 50)).hasSize(15);
    }

    // ---- same ranking and scores as the embedded backend ---------------------------------------

    private static final List<String> SENTENCES = List.of(
            "Refunds are issued within 14 days once the returned item reaches our warehouse.",
            "The office is closed on public holidays and weekends.",
            "Our servers store the search index on local SSD disks.",
            "Employees may claim travel expenses for hotels and trains.",
            "The quarterly revenue grew by twelve percent in Europe.",
            "Password resets are sent by email and expire after one hour.",
            "Cats are popular pets because they are independent.",
            "The annual conference takes place in Lisbon every September.",
            "Returned items must be unused; refunds exclude shipping costs.",
            "Hotel bookings for the conference are refunded by the travel desk.");

    /** The sentences over two files, with seeded vectors and a little metadata. */
    private static ChunkIndex relevanceIndex(SearchBackend search, String id) {
        ChunkIndex index = search.index(id, 16);
        Random random = new Random(5);
        for (int f = 0; f < 2; f++) {
            String fileId = "file-" + f;
            List<ChunkDoc> docs = new ArrayList<>();
            for (int i = f; i < SENTENCES.size(); i += 2) {
                docs.add(doc("s" + i, fileId, i, SENTENCES.get(i), TestChunks.random(16, random), Map.of("n", i)));
            }
            index.replaceFile(fileId, docs);
        }
        index.commit();
        return index;
    }

    private static String top(List<Hit> hits) {
        assertThat(hits).isNotEmpty();
        return hits.get(0).chunk().content();
    }

    @Test
    void bm25_vector_and_hybrid_rankings_and_scores_match_the_embedded_backend() {
        String id = newIndexId();
        ChunkIndex tested = relevanceIndex(backend(), id);
        ChunkIndex expected = relevanceIndex(reference(), id);
        Random random = new Random(9);
        Filter someFiles = Filter.of(Condition.lt("n", 8));
        for (String text : List.of("refund returned items", "conference hotel travel", "the revenue of Europe grew")) {
            for (Filter filter : List.of(Filter.NONE, someFiles)) {
                assertSameHits(tested.bm25(text, filter, 5), expected.bm25(text, filter, 5));
                float[] vector = TestChunks.random(16, random);
                assertSameHits(tested.vector(vector, filter, 5, 10), expected.vector(vector, filter, 5, 10));
                for (Fusion fusion : List.of(new ReciprocalRankFusion(), new MinMaxScoreFusion(), new ZScoreFusion(),
                        new AgreementFusion())) {
                    HybridQuery query = HybridQuery.of(text, vector, filter, 4);
                    assertSameHits(new HybridSearch(tested, fusion).search(query), new HybridSearch(expected, fusion).search(query));
                }
            }
        }
    }

    private static void assertSameHits(List<Hit> actual, List<Hit> expected) {
        assertThat(chunkIds(actual)).isEqualTo(chunkIds(expected));
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i).score()).as("score of %s", actual.get(i).chunk().chunkId())
                    .isCloseTo(expected.get(i).score(), within(1e-4 * Math.max(1, Math.abs(expected.get(i).score()))));
            assertThat(actual.get(i).chunk()).isEqualTo(expected.get(i).chunk());
        }
    }
}
