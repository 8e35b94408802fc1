package dev.quire.parse;

import dev.quire.errors.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches a {@code source_url} at job creation, so that an unreachable URL is a 400 the caller sees
 * at once rather than a job that fails later. Only http and https; at most {@code maxBytes}.
 */
final class UrlFetcher {
    /** What a URL answered: its bytes, a file name from its path and its Content-Type. */
    record Fetched(InputStream body, String fileName, Optional<String> mediaType) {}

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final long maxBytes;

    UrlFetcher(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Fetched fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ApiException.BadRequest("source_url is not a valid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ApiException.BadRequest("source_url must be an http or https URL: " + url);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ApiException.BadRequest("could not fetch source_url " + uri.getHost() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + " (this server may have no network access; upload the file instead)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException.Unavailable("interrupted while fetching source_url");
        }
        if (response.statusCode() != 200) {
            closeQuietly(response.body());
            throw new ApiException.BadRequest("could not fetch source_url: HTTP " + response.statusCode());
        }
        long length = response.headers().firstValueAsLong("content-length").orElse(-1);
        if (length > maxBytes) {
            closeQuietly(response.body());
            throw new ApiException.PayloadTooLarge("source_url content is larger than " + maxBytes + " bytes");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new Fetched(new LimitedStream(response.body(), maxBytes), name.isBlank() ? "document" : name,
                response.headers().firstValue("content-type"));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing more to read.
        }
    }

    /** Fails the read once more than {@code max} bytes came: the Content-Length may be absent or lie. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private final long max;
        private long read;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new ApiException.PayloadTooLarge("source_url content is larger than " + max + " bytes");
            }
        }
    }
}
