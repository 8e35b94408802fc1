package dev.quire.testing;

import dev.quire.Config;
import dev.quire.Main;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The real server on a random port over a data directory, with a known admin key, and a plain HTTP
 * client with that key to talk to it the way any client does.
 */
public final class TestServer extends HttpApi implements AutoCloseable {
    public static final String ADMIN_KEY = "qk-test-admin-key-0123456789abcdefghijklmnop";

    private final Main main;

    private TestServer(Main main) {
        super(() -> "http://127.0.0.1:" + main.port(), ADMIN_KEY);
        this.main = main;
    }

    public static TestServer start(Path dataDir) {
        return start(Config.forTesting(dataDir, ADMIN_KEY));
    }

    public static TestServer start(Config config) {
        try {
            return new TestServer(Main.start(config, Clock.systemUTC()));
        } catch (Exception e) {
            throw new IllegalStateException("server did not start", e);
        }
    }

    public Main main() {
        return main;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + main.port();
    }

    /** Creates {@code count} indexes over one empty directory (enough to bind chat sessions to). */
    public java.util.List<String> emptyIndexes(int count) {
        String dir = post("/api/v1/beta/directories", "{\"name\": \"empty\"}").json().get("id").asText();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Response r = post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\", \"name\": \"empty-" + i + "\"}");
            if (r.status() != 200) {
                throw new IllegalStateException("could not create an index: " + r.body());
            }
            ids.add(r.json().get("id").asText());
        }
        return ids;
    }

    /** An index over a new directory of one text file per text, waited for until it is ready; its id. */
    public String indexOfTexts(java.util.List<String> texts) {
        String dir = post("/api/v1/beta/directories", "{\"name\": \"docs\"}").json().get("id").asText();
        for (int i = 0; i < texts.size(); i++) {
            upload("/api/v1/beta/directories/" + dir + "/files/upload", new Multipart().file("upload_file",
                    "doc" + i + ".txt", "text/plain", texts.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        String index = post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").json().get("id").asText();
        while (!get("/api/v1/indexes/" + index).json().at("/metadata/status").asText().equals("ready")) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return index;
    }

    @Override
    public void close() {
        main.close();
    }
}
