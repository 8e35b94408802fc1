package dev.quire.http;

import dev.quire.common.Json;
import dev.quire.errors.ApiException;
import dev.quire.tenancy.TenancyService;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Javalin's before-handlers and request logger do for its routes, for a servlet mounted beside
 * them: 503 while draining, a request id, the bearer key (401/403/404 in the API's error shape), the
 * project scope, the body size limit, a server span, the request metric and the access log line.
 */
final class ServletAuthFilter implements Filter {
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.quire.access");

    private final TenancyService tenancy;
    private final HttpServer.Telemetry telemetry;
    private final String route;
    private final BooleanSupplier draining;
    private final long maxBodyBytes;

    ServletAuthFilter(TenancyService tenancy, HttpServer.Telemetry telemetry, String route, BooleanSupplier draining,
                      long maxBodyBytes) {
        this.tenancy = tenancy;
        this.telemetry = telemetry;
        this.route = route;
        this.draining = draining;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        long started = System.nanoTime();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String id = new UUID(r.nextLong(), r.nextLong()).toString();
        req.setAttribute(HttpServer.REQUEST_ID, id);
        res.setHeader("x-request-id", id);
        ServerSpans.start(req, telemetry.tracer(), req.getMethod(), id);
        try {
            if (draining.getAsBoolean()) {
                res.setHeader("Connection", "close");
                throw new ApiException.Unavailable("The server is shutting down");
            }
            if (req.getContentLengthLong() > maxBodyBytes) {
                throw new ApiException.PayloadTooLarge("Request body too large");
            }
            req.setAttribute(RequestScope.ATTRIBUTE, tenancy.resolve(
                    tenancy.authenticate(AuthFilter.bearer(req.getHeader("Authorization"))),
                    parameter(req, "organization_id"), parameter(req, "project_id")));
            chain.doFilter(new LimitedBody(req, maxBodyBytes), res);
        } catch (ApiException e) {
            finishReading(req, res);
            if (e.status() == 401) {
                res.setHeader("WWW-Authenticate", "Bearer");
            }
            res.setStatus(e.status());
            res.setContentType("application/json");
            res.getOutputStream().write(Json.writeBytes(Map.of("detail", e.detail())));
        } finally {
            long nanos = System.nanoTime() - started;
            telemetry.metrics().httpRequest(req.getMethod(), route, res.getStatus(), nanos);
            ServerSpans.end(req, req.getMethod() + " " + route, res.getStatus());
            long tenths = nanos / 100_000;
            ACCESS.info("{} {} {} {}.{}ms request_id={}", req.getMethod(), route, res.getStatus(), tenths / 10,
                    tenths % 10, id);
        }
    }

    /**
     * Reads what is left of a refused request's small body, so that its connection can carry the
     * client's next request; a body too large or of unknown length closes the connection instead,
     * and says so, so that no client reuses a connection the server is about to drop.
     */
    private void finishReading(HttpServletRequest req, HttpServletResponse res) {
        long length = req.getContentLengthLong();
        if (length < 0 || length > maxBodyBytes) {
            res.setHeader("Connection", "close");
            // A client that sends its whole body before reading (most do) would otherwise see the
            // connection reset instead of the 413: a declared body up to the drain budget is read and
            // dropped first, as the multipart endpoints do.
            if (length > maxBodyBytes && length <= MultipartForm.DRAIN_BYTES) {
                discard(req, res);
            }
            return;
        }
        discard(req, res);
    }

    private static void discard(HttpServletRequest req, HttpServletResponse res) {
        try {
            java.io.InputStream in = req.getInputStream();
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException | IllegalStateException e) {
            res.setHeader("Connection", "close"); // already read as text, or the client went away
        }
    }

    /**
     * A request whose body stops with an IOException past {@code limit} bytes, so a chunked body (no
     * Content-Length to check first) cannot make the servlet buffer without end.
     */
    private static final class LimitedBody extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final long limit;
        private jakarta.servlet.ServletInputStream in;
        private java.io.BufferedReader reader;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                jakarta.servlet.ServletInputStream body = super.getInputStream();
                in = new jakarta.servlet.ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = body.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new IOException("request body larger than " + limit + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(jakarta.servlet.ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return in;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            if (reader == null) {
                reader = new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            return reader;
        }
    }

    private static Optional<String> parameter(HttpServletRequest req, String name) {
        String value = req.getParameter(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
