package dev.quire.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestServer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's files as a browser gets them from the real server (the built console is on the class path). */
class ConsoleRoutesTest {
    @TempDir
    static Path dataDir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void index_needs_no_key_and_carries_a_strict_policy() {
        TestServer.Response r = server.send("GET", "/", null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).contains("<div id=\"root\">").doesNotContain("<script>");
        String csp = r.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void hashed_assets_are_served_with_their_type_and_cached_for_a_year() {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(server.send("GET", "/", null, null).body());
        assertThat(script.find()).isTrue();
        TestServer.Response js = server.send("GET", script.group(1), null, null);
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.header("Content-Type")).startsWith("text/javascript");
        assertThat(js.header("Cache-Control")).contains("immutable");
        assertThat(js.header("Content-Security-Policy")).isNotNull();
    }

    @Test
    void unknown_or_unsafe_asset_names_answer_404_in_the_api_error_shape() {
        for (String path : new String[] {"/assets/missing-0000.js", "/assets/index.html", "/assets/..%2FMain.class",
                "/assets/.hidden.js", "/assets/%2E%2E%2F%2E%2E%2Findex.html"}) {
            TestServer.Response r = server.send("GET", path, null, null);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("\"detail\"");
        }
    }

    @Test
    void the_api_still_needs_a_key() {
        assertThat(server.send("GET", "/api/v1/projects", null, null).status()).isEqualTo(401);
    }

    @Test
    void a_build_without_the_console_has_no_index_and_no_assets() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            ConsoleAssets assets = new ConsoleAssets(empty);
            assertThat(assets.index()).isEmpty();
            assertThat(assets.asset("index-abc.js")).isEmpty();
        }
    }
}
