package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {
    private static ExecutorService workers;
    private static OnnxEmbedder embedder;

    @BeforeAll
    static void load() {
        workers = Executors.newFixedThreadPool(2);
        embedder = OnnxEmbedder.bgeSmall(workers);
    }

    private static final List<OnnxEmbedder> closeLater = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterAll
    static void close() {
        embedder.close();
        closeLater.forEach(OnnxEmbedder::close);
        workers.shutdownNow();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Test
    void embeds_to_unit_vectors_of_384_dimensions() {
        List<float[]> vectors = embedder.embedAll(List.of("The cat sat on the mat.", "A dog."));

        assertThat(embedder.dimension()).isEqualTo(384);
        assertThat(embedder.modelName()).isEqualTo("BAAI/bge-small-en-v1.5");
        assertThat(vectors).allSatisfy(v -> {
            assertThat(v).hasSize(384);
            assertThat(dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        });
    }

    @Test
    void a_text_gets_the_same_vector_whatever_it_is_embedded_with() {
        List<String> texts = List.of(
                "A long sentence about quarterly revenue growth in the European market and its causes.",
                "Short.",
                "Medium length text about search engines.",
                "Another fairly long sentence, this one about the weather in Lisbon during the summer months.",
                "Tiny");

        List<float[]> batched = embedder.embedAll(texts);

        for (int i = 0; i < texts.size(); i++) {
            float[] alone = embedder.embedAll(List.of(texts.get(i))).get(0);
            assertThat(dot(batched.get(i), alone)).as("text %d", i).isGreaterThan(0.999999);
        }
    }

    @Test
    void rejects_blank_text() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> embedder.embedAll(List.of("fine", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 1");
    }

    @Test
    void a_query_is_closest_to_the_passage_that_answers_it() {
        List<float[]> passages = embedder.embedAll(List.of(
                "Refunds are issued within 14 days of receiving the returned item.",
                "Our office is closed on public holidays.",
                "The server stores its search index on local disk."));

        float[] query = embedder.embedQuery("how long does it take to get my money back?");

        assertThat(dot(query, passages.get(0))).isGreaterThan(dot(query, passages.get(1)))
                .isGreaterThan(dot(query, passages.get(2)));
    }

    @Test
    void the_second_model_embeds_unit_vectors_and_ranks_the_answering_passage_first() {
        OnnxEmbedder miniLm = OnnxEmbedder.miniLm(workers);
        closeLater.add(miniLm);
        List<float[]> passages = miniLm.embedAll(List.of(
                "Refunds are issued within 14 days of receiving the returned item.",
                "Our office is closed on public holidays.",
                "The server stores its search index on local disk."));

        float[] query = miniLm.embedQuery("how long does it take to get my money back?");

        assertThat(miniLm.modelName()).isEqualTo("sentence-transformers/all-MiniLM-L6-v2");
        assertThat(miniLm.dimension()).isEqualTo(384);
        assertThat(passages).allSatisfy(v -> assertThat(dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4)));
        assertThat(dot(query, passages.get(0))).isGreaterThan(dot(query, passages.get(1)))
                .isGreaterThan(dot(query, passages.get(2)));
        // No instruction prefix: the model was trained on symmetric pairs, so a query is embedded as a text.
        assertThat(dot(query, miniLm.embedAll(List.of("how long does it take to get my money back?")).get(0)))
                .isGreaterThan(0.999999);
    }

    @Test
    void our_single_threaded_sessions_compute_what_the_models_default_runtime_does() {
        // The session is built here with other threading options than langchain4j's: the model must not change.
        OnnxEmbedder miniLm = OnnxEmbedder.miniLm(workers);
        closeLater.add(miniLm);
        List<String> texts = List.of("Refunds are issued within 14 days of receiving the returned item.",
                "Represent this sentence for searching relevant passages: green tea temperature");
        var bgeReference = new dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel();
        var miniReference = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(dot(embedder.embedAll(texts).get(i), bgeReference.embed(texts.get(i)).content().vector()))
                    .as("bge, text %d", i).isGreaterThan(0.99999);
            assertThat(dot(miniLm.embedAll(texts).get(i), miniReference.embed(texts.get(i)).content().vector()))
                    .as("MiniLM, text %d", i).isGreaterThan(0.99999);
        }
        assertThat(embedder.embedQuery("green tea temperature")).containsExactly(embedder.embedAll(texts).get(1));
    }

    @Test
    void a_closed_model_refuses_calls_instead_of_touching_freed_memory() {
        OnnxEmbedder miniLm = OnnxEmbedder.miniLm(workers);
        miniLm.embedQuery("before");

        miniLm.close();
        miniLm.close(); // twice is harmless

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> miniLm.embedQuery("after"))
                .isInstanceOf(EmbeddingException.class).hasMessageContaining("closed");
    }
}
