package dev.quire.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Config;
import dev.quire.testing.Multipart;
import dev.quire.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retrieval through the admission limit, on the real server: one search at a time and no queue,
 * so concurrent requests beyond the one running are refused at once with a 503 in the API's error
 * shape, while every request that runs answers as it would without the limit.
 */
class RetrievalAdmissionApiTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static String indexId;

    @BeforeAll
    static void buildIndex() throws Exception {
        server = TestServer.start(Config.forTesting(dataDir, TestServer.ADMIN_KEY)
                .withConcurrency(new Config.Concurrency(1, 0, 1_000)));
        String dir = server.post("/api/v1/beta/directories", "{\"name\": \"corpus\"}").json().get("id").asText();
        upload(dir, "tea.txt", "Green tea is brewed at eighty degrees for two minutes. Oolong tea likes hotter water.");
        upload(dir, "volcano.txt", "Magma rises through the crust and erupts as lava from the volcano.");
        upload(dir, "bread.txt", "Sourdough bread needs a starter, flour, water and a long slow rise.");
        indexId = server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").json().get("id").asText();
        long deadline = System.currentTimeMillis() + 180_000;
        while (!server.get("/api/v1/indexes/" + indexId).json().at("/metadata/status").asText().equals("ready")) {
            assertThat(System.currentTimeMillis()).as("index ready in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void upload(String dir, String name, String text) {
        TestServer.Response r = server.upload("/api/v1/beta/directories/" + dir + "/files/upload", new Multipart()
                .file("upload_file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static TestServer.Response retrieve(String query) {
        return server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId + "\", \"query\": \"" + query
                + "\", \"top_k\": 2}");
    }

    @Test
    void answers_retrieve_with_the_best_chunk_first_under_the_limit() {
        TestServer.Response r = retrieve("how hot should the water be for green tea");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode results = r.json().get("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("content").asText()).startsWith("Green tea is brewed");
    }

    @Test
    void refuses_requests_beyond_the_limit_with_503_and_retry_after_in_the_error_shape() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(12);
        List<TestServer.Response> busy = new ArrayList<>();
        int answered = 0;
        try {
            for (int round = 0; round < 30 && busy.isEmpty(); round++) {
                List<Future<TestServer.Response>> calls = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    calls.add(clients.submit(() -> retrieve("lava from a volcano")));
                }
                for (Future<TestServer.Response> call : calls) {
                    TestServer.Response r = call.get();
                    if (r.status() == 503) {
                        busy.add(r);
                    } else {
                        assertThat(r.status()).as(r.body()).isEqualTo(200);
                        assertThat(r.json().at("/results/0/content").asText()).startsWith("Magma rises");
                        answered++;
                    }
                }
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(answered).isPositive();
        assertThat(busy).isNotEmpty();
        TestServer.Response refused = busy.get(0);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("Server is busy: 0 retrieve requests are already waiting for search capacity; retry shortly");
        assertThat(refused.json().size()).isEqualTo(1);
    }
}
