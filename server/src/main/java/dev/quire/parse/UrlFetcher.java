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
 *
 * <p>The server usually sits inside a private network, so a URL whose host resolves to a loopback,
 * private, link-local or otherwise internal address is refused unless the operator listed that host
 * (QUIRE_PARSE_URL_PRIVATE_HOSTS): the parse API must not become a way to reach internal services.
 * Redirects are not followed, since a public URL could redirect to an internal one.
 */
final class UrlFetcher {
    /** What a URL answered: its bytes, a file name from its path and its Content-Type. */
    record Fetched(InputStream body, String fileName, Optional<String> mediaType) {}

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final long maxBytes;
    private final java.util.Set<String> privateHostsAllowed;

    UrlFetcher(long maxBytes, java.util.Set<String> privateHostsAllowed) {
        this.maxBytes = maxBytes;
        this.privateHostsAllowed = privateHostsAllowed;
    }

    /** Refuses a host that resolves to an internal address, unless the operator allowed it by name. */
    private void requirePublic(String host) {
        if (privateHostsAllowed.contains(host.toLowerCase(Locale.ROOT))) {
            return;
        }
        java.net.InetAddress[] addresses;
        try {
            addresses = java.net.InetAddress.getAllByName(host);
        } catch (java.net.UnknownHostException e) {
            throw new ApiException.BadRequest("could not fetch source_url " + host
                    + ": unknown host (this server may have no network access; upload the file instead)");
        }
        for (java.net.InetAddress address : addresses) {
            if (internal(address)) {
                throw new ApiException.BadRequest("source_url names a private or loopback address (" + host
                        + "); the server's operator can allow such hosts with QUIRE_PARSE_URL_PRIVATE_HOSTS");
            }
        }
    }

    static boolean internal(java.net.InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (b.length == 16) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, carrier-grade NAT 100.64/10
                || (first == 198 && (second == 18 || second == 19)); // benchmarking 198.18/15
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
        requirePublic(uri.getHost());
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
            String redirect = response.statusCode() / 100 == 3 ? " (redirects are not followed; give the final URL)" : "";
            throw new ApiException.BadRequest("could not fetch source_url: HTTP " + response.statusCode() + redirect);
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
