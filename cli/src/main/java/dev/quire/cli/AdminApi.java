package dev.quire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The admin routes the SDK has no service for (API keys, backups), called over plain HTTP with the same
 * Bearer key. Never retried: creating a key or a backup twice is not what the user asked for.
 */
final class AdminApi {
    private static final MediaType JSON = MediaType.get("application/json");
    private final String url;
    private final String key;
    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    AdminApi(String url, String key) {
        this.url = url;
        this.key = key;
        // A backup sends nothing until its snapshot is taken, then streams for as long as it is large.
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofMinutes(10)).callTimeout(Duration.ZERO).build();
    }

    String url() {
        return url;
    }

    JsonNode get(String path) {
        return call(request(path).get().build(), this::readJson);
    }

    JsonNode post(String path, JsonNode body) {
        return call(request(path).post(RequestBody.create(body.toString(), JSON)).build(), this::readJson);
    }

    void delete(String path) {
        call(request(path).delete().build(), r -> null);
    }

    /** POSTs with an empty body and hands the successful response's body to {@code reader}. */
    <T> T postStreaming(String path, Function<InputStream, T> reader) {
        return call(request(path).post(RequestBody.create(new byte[0], null)).build(),
                r -> reader.apply(r.body().byteStream()));
    }

    ObjectMapper json() {
        return json;
    }

    private Request.Builder request(String path) {
        return new Request.Builder().url(url + path).header("Authorization", "Bearer " + key)
                .header("Accept", "application/json, application/zip");
    }

    private JsonNode readJson(Response response) {
        try {
            return json.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T call(Request request, Function<Response, T> onSuccess) {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw CliFailure.forStatus(response.code(), detail(response), url);
            }
            return onSuccess.apply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String detail(Response response) {
        try {
            JsonNode body = json.readTree(response.body().string());
            JsonNode detail = body.path("detail");
            return detail.isTextual() ? detail.asText() : detail.isMissingNode() ? "" : detail.toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
