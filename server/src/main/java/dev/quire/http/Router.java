package dev.quire.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers routes with Javalin and remembers each one with a one-line summary, so that
 * {@code /openapi.json} is built from the same table the server actually serves.
 */
public final class Router {
    /**
     * One served route. {@code authenticated} is false only for the few public routes; {@code idempotent}
     * routes honour the Idempotency-Key header.
     */
    public record Route(String method, String path, String summary, String tag, boolean authenticated,
                        boolean idempotent) {}

    private final RoutesConfig routes;
    private final Idempotency idempotency;
    private final List<Route> table = new ArrayList<>();
    private String tag = "default";

    Router(RoutesConfig routes, Idempotency idempotency) {
        this.routes = routes;
        this.idempotency = idempotency;
    }

    /** Groups the routes registered next under a tag in the OpenAPI document. */
    public Router tag(String name) {
        this.tag = name;
        return this;
    }

    public Router get(String path, String summary, Handler handler) {
        routes.get(path, handler);
        return add("get", path, summary, true);
    }

    public Router post(String path, String summary, Handler handler) {
        routes.post(path, handler);
        return add("post", path, summary, true);
    }

    /**
     * A POST that creates something: a retry carrying the same {@code Idempotency-Key} gets the first
     * answer instead of creating again ({@link Idempotency}).
     */
    public Router create(String path, String summary, Handler handler) {
        routes.post(path, idempotency.around(handler));
        table.add(new Route("post", path, summary, tag, true, true));
        return this;
    }

    public Router patch(String path, String summary, Handler handler) {
        routes.patch(path, handler);
        return add("patch", path, summary, true);
    }

    public Router delete(String path, String summary, Handler handler) {
        routes.delete(path, handler);
        return add("delete", path, summary, true);
    }

    /** A route that needs no API key (health, the OpenAPI document, presigned downloads). */
    public Router publicGet(String path, String summary, Handler handler) {
        routes.get(path, handler);
        return add("get", path, summary, false);
    }

    private Router add(String method, String path, String summary, boolean authenticated) {
        table.add(new Route(method, path, summary, tag, authenticated, false));
        return this;
    }

    List<Route> table() {
        return List.copyOf(table);
    }
}
