package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import dev.quire.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiExportTest {
    @TempDir
    Path dir;

    @Test
    void the_exported_document_is_the_one_the_server_serves() throws Exception {
        Path out = dir.resolve("nested/openapi.json");
        OpenApiExport.main(new String[] {out.toString()});
        JsonNode exported = Json.read(Files.readString(out));

        JsonNode served;
        try (TestServer server = TestServer.start(dir.resolve("data"))) {
            served = server.get("/openapi.json").json();
        }
        assertThat(exported.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(exported.at("/paths").size()).isGreaterThan(30);
        assertThat(exported).isEqualTo(served);
    }
}
