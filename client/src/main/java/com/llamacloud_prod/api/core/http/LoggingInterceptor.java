package com.llamacloud_prod.api.core.http;

import com.llamacloud_prod.api.core.LogLevel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Writes each HTTP attempt to a stream (standard error by default) at a {@link LogLevel}:
 * {@code INFO} one line per request and response, {@code ERROR} also failures, {@code DEBUG} also
 * headers (credentials redacted) and text bodies up to {@value #MAX_BODY} bytes.
 *
 * <p>SDK-internal: installed by {@link OkHttpExecutor} when the client's log level is not {@code OFF}.
 */
final class LoggingInterceptor implements Interceptor {

    static final int MAX_BODY = 64 * 1024;
    private static final Set<String> REDACTED =
            Set.of("authorization", "api-key", "x-api-key", "cookie", "set-cookie", "proxy-authorization");

    private final LogLevel level;
    private final PrintStream out;

    LoggingInterceptor(LogLevel level, PrintStream out) {
        this.level = level;
        this.out = out;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long contentLength = request.body() == null ? -1 : request.body().contentLength();
        out.println("--> " + request.method() + " " + request.url()
                + (request.body() == null ? "" : contentLength >= 0 ? " (" + contentLength + "-byte body)" : " (unknown-length body)"));
        if (level.shouldLog(LogLevel.DEBUG)) {
            logHeaders(request.headers());
            if (request.body() != null && isText(request.body().contentType()) && contentLength <= MAX_BODY) {
                Buffer buffer = new Buffer();
                request.body().writeTo(buffer);
                out.println(buffer.readString(StandardCharsets.UTF_8));
            }
            out.println("--> END " + request.method());
        }
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException | RuntimeException e) {
            if (level.shouldLog(LogLevel.ERROR)) {
                out.println("<-- !! " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (" + took(start) + ")");
            }
            throw e;
        }
        String length = response.header("Content-Length");
        out.println("<-- " + response.code() + " (" + took(start) + (length == null ? "" : ", " + length + "-byte body") + ")");
        if (level.shouldLog(LogLevel.DEBUG)) {
            logHeaders(response.headers());
            ResponseBody body = response.body();
            // Event streams are read as they arrive; peeking would wait for the whole turn.
            if (body != null && isText(body.contentType()) && !isEventStream(body.contentType())) {
                out.println(response.peekBody(MAX_BODY).string());
            }
            out.println("<-- END HTTP");
        }
        return response;
    }

    private void logHeaders(okhttp3.Headers headers) {
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            out.println(name + ": " + (REDACTED.contains(name.toLowerCase(Locale.ROOT)) ? "██" : headers.value(i)));
        }
    }

    private static boolean isText(MediaType type) {
        return type != null && (type.type().equals("text") || type.subtype().contains("json"));
    }

    private static boolean isEventStream(MediaType type) {
        return type != null && type.subtype().equals("event-stream");
    }

    private static String took(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis() + "ms";
    }
}
