package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ingest.OnnxEmbedder;
import dev.quire.search.lucene.LuceneSearchBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real bge-small embeddings over a handful of sentences: the embedder and fusion find meaning.
 * Backend behaviour (BM25 analysis, scores, filters) is in {@link SearchBackendContract}.
 */
class SearchRelevanceTest {
    private static final List<String> SENTENCES = List.of(
            "Refunds are issued within 14 days once the returned item reaches our warehouse.",
            "The office is closed on public holidays and weekends.",
            "Our servers store the search index on local SSD disks.",
            "Employees may claim travel expenses for hotels and trains.",
            "The quarterly revenue grew by twelve percent in Europe.",
            "Password resets are sent by email and expire after one hour.",
            "Cats are popular pets because they are independent.",
            "The annual conference takes place in Lisbon every September.");

    @TempDir
    static Path dir;
    private static ExecutorService workers;
    private static OnnxEmbedder embedder;
    private static LuceneSearchBackend backend;
    private static ChunkIndex index;

    @BeforeAll
    static void build() {
        workers = Executors.newFixedThreadPool(2);
        embedder = OnnxEmbedder.bgeSmall(workers);
        List<float[]> vectors = embedder.embedAll(SENTENCES);
        List<ChunkDoc> docs = new ArrayList<>();
        for (int i = 0; i < SENTENCES.size(); i++) {
            docs.add(TestChunks.doc("s" + i, "f", i, SENTENCES.get(i), vectors.get(i)));
        }
        backend = new LuceneSearchBackend(dir);
        index = backend.index("relevance", embedder.dimension());
        index.replaceFile("f", docs);
        index.commit();
    }

    @AfterAll
    static void close() {
        backend.close();
        embedder.close();
        workers.shutdownNow();
    }

    private static String top(List<Hit> hits) {
        return hits.get(0).chunk().content();
    }

    @Test
    void vector_search_finds_the_closest_meaning_without_shared_words() {
        assertThat(top(index.vector(embedder.embedQuery("how do I get my money back?"), Filter.NONE, 3, 10)))
                .startsWith("Refunds are issued");
        assertThat(top(index.vector(embedder.embedQuery("forgot my login credentials"), Filter.NONE, 3, 10)))
                .startsWith("Password resets");
        assertThat(top(index.vector(embedder.embedQuery("feline animals kept at home"), Filter.NONE, 3, 10)))
                .startsWith("Cats are popular");
    }

    @Test
    void hybrid_search_combines_both_and_each_fusion_can_run_one_side_alone() {
        String question = "when is the yearly event in Portugal?";
        float[] vector = embedder.embedQuery(question);
        for (Fusion fusion : List.of(new ReciprocalRankFusion(), new MinMaxScoreFusion())) {
            HybridSearch search = new HybridSearch(index, fusion);

            assertThat(top(search.search(HybridQuery.of(question, vector, Filter.NONE, 3)))).startsWith("The annual conference");
            assertThat(top(search.search(new HybridQuery("", vector, Filter.NONE, 3, 10, 0, 1))))
                    .startsWith("The annual conference");
            assertThat(top(search.search(new HybridQuery("revenue", null, Filter.NONE, 3, 10, 1, 0))))
                    .startsWith("The quarterly revenue");
        }
    }
}
