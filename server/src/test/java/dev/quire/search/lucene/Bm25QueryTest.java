package dev.quire.search.lucene;

import static dev.quire.search.TestChunks.doc;
import static dev.quire.search.TestChunks.unit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.search.Bm25Boosts;
import dev.quire.search.ChunkDoc;
import dev.quire.search.Filter;
import dev.quire.search.Hit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The title field, phrase clauses, and the upgrade of an index written before the title field. */
class Bm25QueryTest {
    @TempDir
    Path dir;

    /** "apple" twice in each; the short chunk wins on text alone, the titled one when titles count. */
    private static final List<ChunkDoc> TITLED = List.of(doc("a:0", "a", 0,
            "Apple harvest\n\nThe harvest of apple trees in autumn brings many crates of fruit to the market "
                    + "and keeps the village busy for weeks.", unit(4, 0)));
    private static final List<ChunkDoc> UNTITLED = List.of(doc("b:0", "b", 0, "Apple pie and apple jam.", unit(4, 1)));

    @Test
    void a_title_line_followed_by_a_blank_line_is_the_files_title() {
        assertThat(FileTitle.titleLine("Apple harvest\n\nText.")).isEqualTo("Apple harvest");
        assertThat(FileTitle.titleLine("  Apple harvest\r\n\r\nText.")).isEqualTo("Apple harvest");
        assertThat(FileTitle.titleLine("Apple pie and apple jam.")).isEmpty();
        assertThat(FileTitle.titleLine("First line\nsecond line of a paragraph\n\nmore")).isEmpty();
        assertThat(FileTitle.titleLine("# Heading\n\nText")).as("heading_path holds headings").isEmpty();
        assertThat(FileTitle.titleLine("Ingredients:\n\n- flour")).isEmpty();
        assertThat(FileTitle.titleLine("Title only\n\n")).isEmpty();
        assertThat(FileTitle.titleLine("x".repeat(FileTitle.MAX_CHARS + 1) + "\n\nText")).isEmpty();
    }

    @Test
    void the_title_field_holds_the_title_line_and_the_heading_path() {
        ChunkDoc chunk = doc("c:3", "c", 3, "body", unit(4, 0), Map.of("heading_path", "Setup > Install"));
        assertThat(FileTitle.field("Guide", chunk.chunk())).isEqualTo("Guide\nSetup > Install");
        assertThat(FileTitle.field("", chunk.chunk())).isEqualTo("Setup > Install");
        assertThat(FileTitle.field("Guide", TITLED.get(0).chunk())).isEqualTo("Guide");
    }

    @Test
    void phrases_are_the_whole_short_query_and_each_quoted_span() {
        EnglishAnalyzer analyzer = new EnglishAnalyzer();
        assertThat(Bm25Query.phrases(analyzer, "refund policy for orders")).extracting(Query::toString)
                .containsExactly("content:\"refund polici ? order\"~1");
        assertThat(Bm25Query.phrases(analyzer, "the \"refund policy\" of shops")).extracting(Query::toString)
                .containsExactly("content:\"? refund polici ? shop\"~1", "content:\"refund polici\"");
        assertThat(Bm25Query.phrases(analyzer, "refund")).isEmpty();
        assertThat(Bm25Query.phrases(analyzer, "a b c d e f g h i j k l m n o p q r s t u v w x y z word "
                .repeat(2))).as("long queries get no phrase").isEmpty();
    }

    @Test
    void without_boosts_the_query_is_the_text_terms_alone() {
        EnglishAnalyzer analyzer = new EnglishAnalyzer();
        assertThat(Bm25Query.of(analyzer, "the", null, new Bm25Boosts(2, 1))).isNull();
        assertThat(Bm25Query.of(analyzer, "apple harvest", null, Bm25Boosts.NONE).toString())
                .isEqualTo("content:appl content:harvest");
    }

    @Test
    void a_title_boost_ranks_the_chunk_whose_title_matches_first() {
        assertThat(top("apple", Bm25Boosts.NONE)).isEqualTo("b:0");
        assertThat(top("apple", new Bm25Boosts(2, 0))).isEqualTo("a:0");
    }

    @Test
    void a_phrase_boost_ranks_the_chunk_holding_the_phrase_first() {
        List<ChunkDoc> docs = List.of(doc("p:0", "p", 0, "Jam of apples and pie crusts made at home, sold at the "
                        + "market with bread.", unit(4, 0)),
                doc("q:0", "q", 0, "Apple pie recipes, with jam.", unit(4, 1)));
        try (LuceneIndex plain = LuceneIndex.open(dir.resolve("plain"), 4, new EnglishAnalyzer(), new ReentrantLock(),
                Bm25Boosts.NONE);
             LuceneIndex phrase = LuceneIndex.open(dir.resolve("phrase"), 4, new EnglishAnalyzer(), new ReentrantLock(),
                     new Bm25Boosts(0, 2))) {
            for (LuceneIndex index : List.of(plain, phrase)) {
                docs.forEach(d -> index.replaceFile(d.chunk().fileId(), List.of(d)));
                index.commit();
            }
            List<Hit> before = plain.bm25("apple jam", Filter.NONE, 2);
            List<Hit> after = phrase.bm25("\"jam of apples\"", Filter.NONE, 2);
            assertThat(before.get(0).chunk().chunkId()).isEqualTo("q:0");
            assertThat(after.get(0).chunk().chunkId()).isEqualTo("p:0");
        }
    }

    @Test
    void an_index_written_without_titles_gets_them_when_opened() throws Exception {
        // The layout of earlier versions: no title field and no layout mark in the commit.
        ChunkFields fields = new ChunkFields(new com.fasterxml.jackson.databind.ObjectMapper());
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer())
                     .setCodec(new HighDimensionCodec()))) {
            for (ChunkDoc d : List.of(TITLED.get(0), UNTITLED.get(0))) {
                Document old = fields.toDocument(d, "");
                writer.addDocument(old);
            }
            writer.commit();
        }
        try (LuceneIndex index = LuceneIndex.open(dir, 4, new EnglishAnalyzer(), new ReentrantLock(), new Bm25Boosts(2, 0))) {
            assertThat(index.count()).isEqualTo(2);
            assertThat(index.bm25("apple", Filter.NONE, 2).get(0).chunk().chunkId()).isEqualTo("a:0");
            assertThat(index.docsOfFile("a").get(0).vector()).containsExactly(unit(4, 0));
        }
        try (FSDirectory directory = FSDirectory.open(dir)) {
            assertThat(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData())
                    .containsEntry(LuceneIndex.LAYOUT_KEY, LuceneIndex.LAYOUT);
        }
    }

    private String top(String query, Bm25Boosts boosts) {
        Path at = dir.resolve("idx-" + boosts.title() + "-" + boosts.phrase());
        try (LuceneIndex index = LuceneIndex.open(at, 4, new EnglishAnalyzer(), new ReentrantLock(), boosts)) {
            index.replaceFile("a", TITLED);
            index.replaceFile("b", UNTITLED);
            index.commit();
            return index.bm25(query, Filter.NONE, 2).get(0).chunk().chunkId();
        }
    }
}
