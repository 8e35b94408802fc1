package dev.quire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The balancer in front of two echo servers: requests alternate, bodies pass both ways, down nodes are skipped. */
class RoundRobinProxyTest {
    private final List<HttpServer> backends = new ArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();

    private String echo(String name) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            byte[] out = (name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + in.length)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(201, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        backends.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        backends.forEach(s -> s.stop(0));
    }

    @Test
    void requests_alternate_between_nodes_with_bodies_and_headers_and_skip_a_node_that_is_down() throws Exception {
        AtomicReferenceArray<String> urls = new AtomicReferenceArray<>(new String[] {echo("a"), echo("b")});
        try (RoundRobinProxy proxy = new RoundRobinProxy(0, 2, urls::get)) {
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/x?q=" + i))
                        .header("Content-Type", "multipart/form-data; boundary=zz")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[100_000 + i])).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(201);
                answers.add(r.body());
            }
            assertThat(answers).containsExactly(
                    "a POST /x?q=0 multipart/form-data; boundary=zz 100000",
                    "b POST /x?q=1 multipart/form-data; boundary=zz 100001",
                    "a POST /x?q=2 multipart/form-data; boundary=zz 100002",
                    "b POST /x?q=3 multipart/form-data; boundary=zz 100003");

            urls.set(1, null);
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/y")).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.body()).startsWith("a GET /y");
            }
        }
    }
}
