package dev.quire.search.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Solr's HTTP JSON APIs over {@code java.net.http}, sent to any live node: SolrCloud routes each
 * request to the replicas that can answer it. A node that does not answer, or answers that it
 * cannot serve right now (5xx), is skipped for the next one, so a collection with a replica on
 * another node keeps answering while one node is down. Client errors (4xx) are not retried.
 */
final class SolrHttp {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Collection creation waits for every replica to be active, which can take a while. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(3);
    private static final int ROUNDS = 4;

    private final SolrNodes nodes;
    private final ObjectMapper json;
    private final HttpClient client;
    private final AtomicInteger next = new AtomicInteger();

    SolrHttp(SolrNodes nodes, ObjectMapper json) {
        this.nodes = nodes;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
    }

    ObjectMapper json() {
        return json;
    }

    JsonNode get(String path, Map<String, String> query) {
        return send(path + "?" + form(query), null, null);
    }

    JsonNode postJson(String path, Object body) {
        try {
            return send(path, "application/json", json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a Solr request as JSON", e);
        }
    }

    JsonNode postJsonBytes(String path, byte[] body) {
        return send(path, "application/json", body);
    }

    JsonNode postForm(String path, Map<String, String> form) {
        return send(path, "application/x-www-form-urlencoded", form(form).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode send(String path, String contentType, byte[] body) {
        SolrException last = null;
        for (int round = 0; round < ROUNDS; round++) {
            List<URI> live = nodes.live();
            if (live.isEmpty()) {
                last = new SolrException(503, "no Solr node is live in ZooKeeper");
            }
            int start = next.getAndIncrement();
            for (int i = 0; i < live.size(); i++) {
                URI base = live.get(Math.floorMod(start + i, live.size()));
                try {
                    return once(base, path, contentType, body);
                } catch (SolrException e) {
                    if (e.status() > 0 && e.status() < 500) {
                        throw e;
                    }
                    last = e;
                    nodes.forgetLiveNodes(); // it may have left the cluster: read /live_nodes afresh
                }
            }
            pause(round);
        }
        throw last;
    }

    private JsonNode once(URI base, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/" + path)).timeout(REQUEST_TIMEOUT);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SolrException("Solr node " + base + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Solr", e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String message = answer.path("error").path("msg").asText(new String(response.body(), StandardCharsets.UTF_8));
            throw new SolrException(response.statusCode(), "Solr answered " + response.statusCode() + " to "
                    + path.replaceAll("\\?.*", "") + ": " + message);
        }
        return answer;
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode(); // an HTML error page from a proxy or a starting node
        }
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void pause(int round) {
        try {
            Thread.sleep(250L * (round + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying Solr", e);
        }
    }
}
