package dev.quire.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers routes with Javalin and remembers each one with a one-line summary and its
 * {@link Operation}, so that {@code /openapi.json} is built from the same table the server actually
 * serves.
 */
public final class Router {
    /**
     * One served route. {@code authenticated} is false only for the few public routes; {@code idempotent}
     * routes honour the Idempotency-Key header.
     */
    public record Route(String method, String path, String summary, String tag, boolean authenticated,
                        boolean idempotent, Operation operation) {}

    /** Where routes go; absent when only the table is wanted (the exported document). */
    private final RoutesConfig routes;
    private final Idempotency idempotency;
    private final List<Route> table = new ArrayList<>();
    private final List<Schema> models = new ArrayList<>();
    private String tag = "default";

    Router(RoutesConfig routes, Idempotency idempotency) {
        this.routes = routes;
        this.idempotency = idempotency;
    }

    /** A router that only records its table, serving nothing: what the OpenAPI export reads. */
    public static Router tableOnly() {
        return new Router(null, null);
    }

    /** Groups the routes registered next under a tag in the OpenAPI document. */
    public Router tag(String name) {
        this.tag = name;
        return this;
    }

    public Router get(String path, String summary, Operation operation, Handler handler) {
        if (routes != null) {
            routes.get(path, handler);
        }
        return add("get", path, summary, operation, true);
    }

    public Router post(String path, String summary, Operation operation, Handler handler) {
        if (routes != null) {
            routes.post(path, handler);
        }
        return add("post", path, summary, operation, true);
    }

    /**
     * A POST that creates something: a retry carrying the same {@code Idempotency-Key} gets the first
     * answer instead of creating again ({@link Idempotency}).
     */
    public Router create(String path, String summary, Operation operation, Handler handler) {
        if (routes != null) {
            routes.post(path, idempotency.around(handler));
        }
        table.add(new Route("post", path, summary, tag, true, true, operation));
        return this;
    }

    public Router patch(String path, String summary, Operation operation, Handler handler) {
        if (routes != null) {
            routes.patch(path, handler);
        }
        return add("patch", path, summary, operation, true);
    }

    public Router delete(String path, String summary, Operation operation, Handler handler) {
        if (routes != null) {
            routes.delete(path, handler);
        }
        return add("delete", path, summary, operation, true);
    }

    /** A route that needs no API key (health, the OpenAPI document, presigned downloads). */
    public Router publicGet(String path, String summary, Operation operation, Handler handler) {
        if (routes != null) {
            routes.get(path, handler);
        }
        return add("get", path, summary, operation, false);
    }

    private Router add(String method, String path, String summary, Operation operation, boolean authenticated) {
        table.add(new Route(method, path, summary, tag, authenticated, false, operation));
        return this;
    }

    /**
     * A servlet served at {@code path} beside the Javalin routes (the MCP server): listed for
     * {@code GET}, {@code POST} and {@code DELETE}, skipped by SDKs.
     */
    public Router mounted(String path, String summary) {
        for (String method : MOUNTED_METHODS) {
            table.add(new Route(method, path, summary, "mcp", true, false,
                    Operation.skipped().answers("application/json").build()));
        }
        return this;
    }

    /** The methods a mounted servlet (the Streamable HTTP transport of MCP) answers. */
    static final List<String> MOUNTED_METHODS = List.of("get", "post", "delete");

    /**
     * A model the SDK has although no route answers it directly (the shared {@code files.File}): it is
     * listed under {@code components.schemas} all the same.
     */
    public Router model(Schema component) {
        if (component.componentName().isEmpty()) {
            throw new IllegalArgumentException("only components can be listed as models: " + component);
        }
        models.add(component);
        return this;
    }

    public List<Route> table() {
        return List.copyOf(table);
    }

    public List<Schema> models() {
        return List.copyOf(models);
    }
}
