package dev.quire.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Config;
import dev.quire.testing.CitationVerifier;
import dev.quire.testing.ScriptedOpenAiServer;
import dev.quire.testing.ScriptedOpenAiServer.Script;
import dev.quire.testing.SseClient;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat agent's retrieve tool ranks by the server's configured retrieval policy, as the API does. */
class ChatRetrievalPolicyTest {
    @TempDir
    Path dataDir;

    private static final List<String> TEXTS = List.of(
            "Refunds are paid within 14 days of a return.",
            "A refund request needs the receipt; refunds for sale items are store credit.",
            "Shipping takes five days. Returns are free.",
            "The warranty covers defects for two years, not refunds.",
            "Our stores open at nine. Gift cards never expire.");
    private static final String QUERY = "refund for a return";

    @Test
    void the_agent_retrieve_tool_uses_the_configured_fusion_weights() {
        try (ScriptedOpenAiServer llm = ScriptedOpenAiServer.start()) {
            Config config = Config.forTesting(dataDir, TestServer.ADMIN_KEY);
            config = config.withRetrieval(config.retrieval().withFusion("zscore", 1.0, 0.0))
                    .withChat(config.chat().withOpenAi(llm.baseUrl().toString(), "test-model"));
            try (TestServer server = TestServer.start(config)) {
                String index = server.indexOfTexts(TEXTS);
                JsonNode toolResult = toolResults(server, llm, index);

                JsonNode bm25Only = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + index
                        + "\", \"query\": \"" + QUERY + "\", \"top_k\": 6, \"full_text_pipeline_weight\": 1.0, "
                        + "\"vector_pipeline_weight\": 0.0}").json().get("results");

                assertThat(bm25Only.size()).isGreaterThan(1);
                assertThat(ranking(toolResult)).isEqualTo(ranking(bm25Only));
            }
        }
    }

    @Test
    void the_agent_retrieve_tool_ranks_as_a_default_request_does_with_the_second_models_vote() {
        try (ScriptedOpenAiServer llm = ScriptedOpenAiServer.start()) {
            Config config = Config.forTesting(dataDir, TestServer.ADMIN_KEY);
            config = config.withChat(config.chat().withOpenAi(llm.baseUrl().toString(), "test-model"));
            assertThat(config.retrieval().secondModelWeight()).isPositive();
            try (TestServer server = TestServer.start(config)) {
                String index = server.indexOfTexts(TEXTS);
                JsonNode toolResult = toolResults(server, llm, index);

                JsonNode byDefault = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + index
                        + "\", \"query\": \"" + QUERY + "\", \"top_k\": 6}").json().get("results");

                assertThat(byDefault.size()).isEqualTo(TEXTS.size());
                assertThat(ranking(toolResult)).isEqualTo(ranking(byDefault));
            }
        }
    }

    /** One chat turn whose scripted model calls retrieve with {@link #QUERY}: what the tool returned. */
    private static JsonNode toolResults(TestServer server, ScriptedOpenAiServer llm, String index) {
        llm.enqueue(Script.toolCall("call_a", "retrieve", "{\"query\": \"" + QUERY + "\"}"), Script.text("Done."));
        String session = server.post("/api/v1/chat", "{\"index_ids\": [\"" + index + "\"]}").json()
                .get("session_id").asText();
        SseClient.Stream turn = SseClient.post(server.baseUrl(), "/api/v1/chat/" + session + "/messages/stream",
                TestServer.ADMIN_KEY, "{\"index_ids\": [\"" + index + "\"], \"prompt\": \"Refunds?\"}");
        CitationVerifier.verify(turn, false);
        return turn.events().stream().filter(e -> e.type().equals("tool_result")).findFirst()
                .orElseThrow().data().at("/result/results");
    }

    /** Each result as content and score: equal scores mean the same fusion weights were used. */
    private static List<String> ranking(JsonNode results) {
        List<String> ranked = new ArrayList<>();
        results.forEach(r -> ranked.add(r.get("content").asText() + " @ " + r.get("score").asDouble()));
        return ranked;
    }
}
