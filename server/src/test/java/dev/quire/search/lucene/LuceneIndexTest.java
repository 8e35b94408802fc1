package dev.quire.search.lucene;

import static dev.quire.search.TestChunks.doc;
import static dev.quire.search.TestChunks.unit;
import static dev.quire.search.TestChunks.withSecondVector;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.search.ChunkDoc;
import dev.quire.search.Filter;
import dev.quire.search.Hit;
import dev.quire.search.StoredChunk;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded backend has: its own files, reopened after a stop. The rest is the contract. */
class LuceneIndexTest {
    @TempDir
    Path dir;

    @Test
    void committed_chunks_survive_a_reopen_and_uncommitted_ones_do_not() {
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f1", List.of(doc("kept", "f1", 0, "kept", unit(4, 0))));
            index.commit();
            index.replaceFile("f2", List.of(doc("lost", "f2", 0, "lost", unit(4, 1))));
        }
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            assertThat(index.count()).isEqualTo(1);
            assertThat(index.chunksOfFile("f1")).extracting(StoredChunk::chunkId).containsExactly("kept");
        }
    }

    @Test
    void second_vectors_survive_a_reopen() {
        float[] second = {0.25f, -1e-30f, 7f};
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f1", List.of(withSecondVector(doc("with", "f1", 0, "kept words", unit(4, 0)), second),
                    doc("without", "f1", 1, "kept words too", unit(4, 1))));
            index.commit();
        }
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            List<Hit> hits = index.bm25("kept", Filter.NONE, 5);
            assertThat(hits).extracting(h -> h.chunk().chunkId()).containsExactlyInAnyOrder("with", "without");
            for (Hit hit : hits) {
                if (hit.chunk().chunkId().equals("with")) {
                    assertThat(hit.secondVector()).containsExactly(second);
                } else {
                    assertThat(hit.secondVector()).isNull();
                }
            }
            assertThat(index.docsOfFile("f1")).extracting(ChunkDoc::secondVector).containsExactly(second, null);
        }
    }

    @Test
    void the_title_layout_upgrade_keeps_second_vectors() throws Exception {
        // Chunks as a build before the title field would have written them, had it had second vectors:
        // no layout mark in the commit, so opening rewrites every file through docsOfFile and replaceFile.
        float[] second = {1.5f, -0.0f, Float.MAX_VALUE};
        ChunkFields fields = new ChunkFields(new ObjectMapper());
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer())
                     .setCodec(new HighDimensionCodec()))) {
            writer.addDocument(fields.toDocument(withSecondVector(doc("with", "f1", 0, "old words", unit(4, 0)), second), ""));
            writer.addDocument(fields.toDocument(doc("without", "f1", 1, "old words too", unit(4, 1)), ""));
            writer.commit();
        }
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            assertThat(index.docsOfFile("f1")).extracting(ChunkDoc::secondVector).containsExactly(second, null);
            assertThat(index.vector(unit(4, 0), Filter.NONE, 1, 10).get(0).secondVector()).containsExactly(second);
        }
        try (FSDirectory directory = FSDirectory.open(dir)) {
            assertThat(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData())
                    .containsEntry(LuceneIndex.LAYOUT_KEY, LuceneIndex.LAYOUT); // the rewrite did happen
        }
    }

    @Test
    void segments_of_the_standard_codec_stay_readable_beside_and_merged_with_uncompressed_ones() throws Exception {
        // An index as builds before QuireCodec wrote it: standard codec, compressed stored fields.
        ChunkFields fields = new ChunkFields(new ObjectMapper());
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer())
                     .setCodec(new HighDimensionCodec()))) {
            writer.addDocument(fields.toDocument(doc("old", "f1", 0, "old words", unit(4, 0)), ""));
            writer.setLiveCommitData(java.util.Map.of(LuceneIndex.LAYOUT_KEY, LuceneIndex.LAYOUT).entrySet());
            writer.commit();
        }
        // Larger than two of the codec's 16 KB chunks, so the writer splits it into slices.
        String large = "large ".repeat(8_000);
        float[] second = {0.5f, -2f, 3e-20f};
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f2", List.of(withSecondVector(doc("new", "f2", 0, "new words", unit(4, 1)), second),
                    doc("big", "f2", 1, large, unit(4, 2))));
            index.commit();
            assertThat(index.chunksOfFile("f1")).extracting(StoredChunk::content).containsExactly("old words");
            assertThat(index.chunksOfFile("f2")).extracting(StoredChunk::content).containsExactly("new words", large);
        }
        try (FSDirectory directory = FSDirectory.open(dir)) {
            assertThat(codecs(directory)).containsExactlyInAnyOrder("Lucene912", QuireCodec.NAME);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer())
                    .setCodec(new QuireCodec()))) {
                writer.forceMerge(1);
                writer.commit();
            }
            assertThat(codecs(directory)).containsExactly(QuireCodec.NAME);
        }
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            assertThat(index.chunksOfFile("f1")).extracting(StoredChunk::content).containsExactly("old words");
            assertThat(index.chunksOfFile("f2")).extracting(StoredChunk::content).containsExactly("new words", large);
            assertThat(index.docsOfFile("f2")).extracting(ChunkDoc::secondVector).containsExactly(second, null);
        }
    }

    private static List<String> codecs(FSDirectory directory) throws java.io.IOException {
        List<String> names = new java.util.ArrayList<>();
        org.apache.lucene.index.SegmentInfos.readLatestCommit(directory)
                .forEach(segment -> names.add(segment.info.getCodec().getName()));
        return names;
    }

    @Test
    void each_index_is_a_folder_that_drop_removes() {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(dir)) {
            backend.index("idx-1", 4).commit();
            assertThat(dir.resolve("idx-1/lucene")).isDirectory();

            backend.drop("idx-1");

            assertThat(dir.resolve("idx-1")).doesNotExist();
            assertThat(backend.storedIndexIds()).isEmpty();
        }
    }
}
