package dev.quire.http;

import dev.quire.storage.Presigner;
import dev.quire.common.PrivateFiles;
import dev.quire.errors.ApiException;
import dev.quire.telemetry.Metrics;
import dev.quire.tenancy.ApiKey;
import dev.quire.tenancy.Role;
import dev.quire.tenancy.TenancyService;
import io.opentelemetry.api.trace.Tracer;
import jakarta.servlet.http.HttpServlet;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.UriCompliance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin application: authentication before every /api route, one error mapping, one log line
 * per request, the health and OpenAPI routes, and the features' route groups.
 */
public final class HttpServer implements AutoCloseable {
    static final String REQUEST_ID = "quire.request-id";
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.quire.access");

    private final Javalin app;
    private final Idempotency idempotency;
    private final Telemetry telemetry;
    /** Servlets served beside Javalin (the MCP endpoint), behind {@link ServletAuthFilter}. */
    private final List<Mount> mounts = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The route table, so that servlets mounted after construction are listed in the OpenAPI document. */
    private Router router;
    private volatile boolean ready;
    private volatile boolean draining;

    /** {@code pageTokenKey}: the secret that signs page tokens (a server secret kept across restarts). */
    public HttpServer(Settings settings, TenancyService tenancy, Idempotency idempotency, byte[] pageTokenKey,
                      List<RouteGroup> groups) {
        this(settings, tenancy, idempotency, pageTokenKey, groups, Telemetry.NONE);
    }

    public HttpServer(Settings settings, TenancyService tenancy, Idempotency idempotency, byte[] pageTokenKey,
                      List<RouteGroup> groups, Telemetry telemetry) {
        this.idempotency = idempotency;
        this.telemetry = telemetry;
        PageTokenSigner signer = new PageTokenSigner(pageTokenKey);
        this.app = Javalin.create(config -> configure(config, settings, tenancy, signer, groups));
    }

    /**
     * What the HTTP layer needs from the configuration. {@code uploadDir} holds multipart parts too
     * large to keep in memory while a request is parsed; the server's own directory, not /tmp.
     */
    public record Settings(String host, int port, long maxJsonBytes, long maxUploadBytes, String version,
                           Path uploadDir) {
        public Settings(String host, int port, long maxJsonBytes, String version) {
            this(host, port, maxJsonBytes, 104_857_600L, version,
                    Path.of(System.getProperty("java.io.tmpdir"), "quire-uploads"));
        }
    }

    /**
     * What the HTTP layer reports: request metrics, a server span per request, and the Prometheus text
     * at GET /metrics ({@code metricsPublic}: without a key; otherwise an admin key is required).
     */
    public record Telemetry(Metrics metrics, Tracer tracer, Supplier<String> prometheus, boolean metricsPublic) {
        public static final Telemetry NONE = new Telemetry(Metrics.NONE,
                io.opentelemetry.api.OpenTelemetry.noop().getTracer("quire"), () -> "", false);
    }

    /** A servlet served at {@code path} (exact), authenticated like /api routes. */
    record Mount(String path, HttpServlet servlet) {}

    /**
     * Serves {@code servlet} at {@code path} beside the Javalin routes, behind the same bearer-key
     * authentication, request ids, metrics and spans. Call before {@link #start}.
     */
    public HttpServer mount(String path, HttpServlet servlet) {
        mounts.add(new Mount(path, servlet));
        router.mounted(path, MOUNTED_SUMMARY);
        return this;
    }

    private void configure(JavalinConfig config, Settings settings, TenancyService tenancy, PageTokenSigner signer,
                           List<RouteGroup> groups) {
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.http.maxRequestSize = settings.maxJsonBytes();
        // Multipart bodies bypass maxRequestSize; MultipartForm answers 413 above these limits. A part
        // may exceed the upload limit by the form overhead here: Jetty then reads the whole body (a
        // Content-Length over limit + overhead is refused before parsing) and MultipartForm answers
        // 413 on a cleanly read request. Failing mid-body left unread bytes, so the connection was
        // reset and clients often lost the 413.
        config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes() + MultipartForm.OVERHEAD_BYTES,
                SizeUnit.BYTES);
        // Small parts (form fields such as user metadata) stay in memory, so they are never left on disk;
        // larger ones, with or without a file name, are spooled to the upload directory.
        config.jetty.multipartConfig.maxInMemoryFileSize(MultipartForm.IN_MEMORY_PART_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.cacheDirectory(createDirectories(settings.uploadDir()).toString());

        config.jetty.multipartConfig.maxTotalRequestSize(
                settings.maxUploadBytes() + MultipartForm.OVERHEAD_BYTES, SizeUnit.BYTES);
        config.http.prefer405over404 = true;
        config.startup.showJavalinBanner = false;
        // Attachment names such as screenshots/page_1.jpg arrive as one path segment with %2F.
        config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.UNSAFE));
        config.requestLogger.http(this::logRequest);
        // Errors raised below Javalin (request line, headers, URI checks) answer JSON too.
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.jetty.modifyServletContextHandler(context -> {
            context.setErrorHandler(new JsonErrorHandler());
            // Jetty counts every multipart part sent without a file name as a form field, and SDKs send
            // uploads from streams that way: such parts may be as large as a file. MultipartForm limits
            // the parts read as text to OVERHEAD_BYTES each.
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE,
                    settings.maxUploadBytes() + MultipartForm.OVERHEAD_BYTES));
            for (Mount mount : mounts) {
                ServletHolder holder = new ServletHolder(mount.servlet());
                holder.setAsyncSupported(true);
                context.addServlet(holder, mount.path());
                FilterHolder filter = new FilterHolder(new ServletAuthFilter(tenancy, telemetry, mount.path(),
                        () -> draining, settings.maxJsonBytes()));
                filter.setAsyncSupported(true);
                context.addFilter(filter, mount.path(), java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
            }
        });

        Router router = new Router(config.routes, idempotency);
        this.router = router;
        config.routes.before(ctx -> {
            if (draining) {
                // Shutting down: running chat streams finish, new work goes to another instance.
                ctx.header("Connection", "close");
                throw new ApiException.Unavailable("The server is shutting down");
            }
            // Request ids need to be unique, not unpredictable: skip SecureRandom on the hot path.
            java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
            String id = new UUID(r.nextLong(), r.nextLong()).toString();
            ctx.attribute(REQUEST_ID, id);
            ctx.header("x-request-id", id);
            ServerSpans.start(ctx.req(), telemetry.tracer(), ctx.method().name(), id);
            ctx.attribute(PageTokenSigner.ATTRIBUTE, signer);
        });
        config.routes.before("/api/*", new AuthFilter(tenancy));
        config.routes.exception(ApiException.class, ErrorMapper::api);
        config.routes.exception(HttpResponseException.class, ErrorMapper::framework);
        config.routes.exception(Exception.class, ErrorMapper::unexpected);

        systemRoutes(router, this::health,
                ctx -> Responses.json(ctx, OpenApi.document(router, settings.version())),
                ctx -> metrics(ctx, tenancy));
        groups.forEach(group -> group.register(router));
    }

    /** How the OpenAPI document describes a mounted servlet. */
    public static final String MOUNTED_SUMMARY = "Model Context Protocol (Streamable HTTP), served beside the API";

    /**
     * The server's own routes, shared with the OpenAPI export so that its table is the served one.
     * SDKs do not call them.
     */
    public static void systemRoutes(Router router, io.javalin.http.Handler health, io.javalin.http.Handler openApi,
                                    io.javalin.http.Handler metrics) {
        router.tag("system")
                .publicGet("/healthz", "Readiness probe", Operation.skipped().answers("application/json").build(),
                        health)
                .publicGet("/openapi.json", "This OpenAPI document",
                        Operation.skipped().answers("application/json").build(), openApi)
                .publicGet("/metrics", "Prometheus metrics (an admin key unless QUIRE_METRICS_PUBLIC=true)",
                        Operation.skipped().answers("text/plain").errors(401, 403).build(), metrics);
    }

    private void metrics(Context ctx, TenancyService tenancy) {
        if (!telemetry.metricsPublic()) {
            ApiKey key = tenancy.authenticate(AuthFilter.bearer(ctx.header("Authorization")));
            if (key.role() != Role.ADMIN) {
                throw new ApiException.Forbidden("Metrics need an admin key");
            }
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
        ctx.result(telemetry.prometheus().get());
    }

    /** Parts of uploads are users' documents: their directory is 0700 like the rest of the data. */
    private static Path createDirectories(Path dir) {
        return PrivateFiles.createDirectories(dir);
    }

    private void health(Context ctx) {
        if (ready) {
            Responses.json(ctx, Map.of("status", "ok"));
        } else {
            Responses.json(ctx, 503, Map.of("status", "starting"));
        }
    }

    /**
     * A presigned link's path is the grant itself (anyone holding it downloads the file until it
     * expires), so logs keep only the route and never the token.
     */
    static String loggablePath(String path) {
        return path.startsWith(Presigner.ROUTE) ? Presigner.ROUTE + "(token)" : path;
    }

    private void logRequest(Context ctx, Float millis) {
        String route = routeTemplate(ctx);
        telemetry.metrics().httpRequest(ctx.method().name(), route, ctx.statusCode(), (long) (millis * 1_000_000L));
        ServerSpans.end(ctx.req(), ctx.method().name() + " " + route, ctx.statusCode());
        // Path only: query strings and bodies may carry ids or content that do not belong in logs.
        // Tenths of a millisecond by integer arithmetic: String.format is a measurable cost per request.
        long tenths = Math.round(millis * 10.0);
        ACCESS.info("{} {} {} {}.{}ms request_id={}", ctx.method(), loggablePath(ctx.path()), ctx.statusCode(),
                tenths / 10, tenths % 10, ctx.attribute(REQUEST_ID));
    }

    /**
     * The template of the route that answered ({@code /api/v1/chat/{session_id}}), never the path: paths
     * carry ids, so they would make a series per object. A request stopped before its handler ran
     * (a bad key) is looked up in the route table; requests no route matches share one label.
     */
    private String routeTemplate(Context ctx) {
        List<io.javalin.router.Endpoint> endpoints = ctx.endpoints().list();
        for (int i = endpoints.size() - 1; i >= 0; i--) {
            if (endpoints.get(i).method.isHttpMethod()) {
                return endpoints.get(i).path;
            }
        }
        io.javalin.router.ParsedEndpoint route = app.unsafe.internalRouter.findFirstHttpHandlerEntry(ctx.method(),
                ctx.path());
        return route == null ? "unmatched" : route.endpoint.path;
    }

    /**
     * Stops taking new requests (they get 503) while requests in flight, such as chat streams, finish;
     * {@link #close} then stops the server.
     */
    public void drain() {
        ready = false;
        draining = true;
    }

    public HttpServer start() {
        idempotency.releaseAbandoned();
        app.start();
        ready = true;
        return this;
    }

    public int port() {
        return app.port();
    }

    /**
     * Javalin's live route table (paths in OpenAPI form) and the mounted servlets, so tests can check
     * the OpenAPI document against what is served.
     */
    public List<String> servedRoutes() {
        java.util.Set<String> methods = java.util.Set.of("get", "post", "put", "patch", "delete", "head", "options");
        List<String> served = new java.util.ArrayList<>(app.unsafe.internalRouter.allHttpHandlers().stream()
                .map((io.javalin.router.ParsedEndpoint e) -> e.endpoint.method.name().toLowerCase() + " "
                        + OpenApi.path(e.endpoint.path))
                .filter(route -> methods.contains(route.substring(0, route.indexOf(' '))))
                .toList());
        for (Mount mount : mounts) {
            Router.MOUNTED_METHODS.forEach(method -> served.add(method + " " + mount.path()));
        }
        return served;
    }

    @Override
    public void close() {
        ready = false;
        app.stop();
    }
}
