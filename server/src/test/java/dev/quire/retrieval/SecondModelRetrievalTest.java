package dev.quire.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Config;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second embedding model's vote, end to end: chunks get its vectors at ingest, hybrid requests fuse its
 * similarity as a third ranking, and requests for one pipeline alone are untouched by it. One data
 * directory is served twice, by a server with the vote and one configured without it.
 */
class SecondModelRetrievalTest {
    private static final List<String> TEXTS = List.of(
            "Refunds are paid within 14 days of a return.",
            "A refund request needs the receipt; refunds for sale items are store credit.",
            "Shipping takes five days. Returns are free.",
            "The warranty covers defects for two years, not refunds.",
            "Our stores open at nine. Gift cards never expire.",
            "Money back is guaranteed when an item arrives broken.");
    private static final String HYBRID = "{\"index_id\": \"%s\", \"query\": \"how do I get my money back\", \"top_k\": 6}";
    private static final String VECTOR_ONLY = "{\"index_id\": \"%s\", \"query\": \"how do I get my money back\", "
            + "\"top_k\": 6, \"full_text_pipeline_weight\": 0.0, \"vector_pipeline_weight\": 1.0}";

    @TempDir
    Path dataDir;

    @Test
    void hybrid_requests_get_the_second_models_vote_and_single_pipeline_requests_do_not() {
        Config config = Config.forTesting(dataDir, TestServer.ADMIN_KEY);
        String index;
        List<String> hybridWith;
        List<String> vectorWith;
        try (TestServer server = TestServer.start(config)) {
            index = server.indexOfTexts(TEXTS);
            hybridWith = ranking(server, HYBRID, index);
            vectorWith = ranking(server, VECTOR_ONLY, index);
        }
        List<String> hybridWithout;
        List<String> vectorWithout;
        try (TestServer server = TestServer.start(config.withRetrieval(config.retrieval().withSecondModelWeight(0)))) {
            hybridWithout = ranking(server, HYBRID, index);
            vectorWithout = ranking(server, VECTOR_ONLY, index);
        }
        List<String> hybridNoModel;
        try (TestServer server = TestServer.start(config.withEmbedding(config.embedding()
                .withSecondModel(Config.Embedding.NONE)))) {
            hybridNoModel = ranking(server, HYBRID, index);
        }

        assertThat(hybridWith).hasSize(6).isNotEqualTo(hybridWithout); // the fused scores moved
        assertThat(hybridNoModel).isEqualTo(hybridWithout);
        assertThat(vectorWith).isEqualTo(vectorWithout);
    }

    /** Each result as content and score, so equal lists mean equal fusion. */
    private static List<String> ranking(TestServer server, String body, String index) {
        JsonNode results = server.post("/api/v1/retrieval/retrieve", body.formatted(index)).json().get("results");
        List<String> ranked = new ArrayList<>();
        results.forEach(r -> ranked.add(r.get("content").asText() + " @ " + r.get("score").asDouble()));
        return ranked;
    }
}
