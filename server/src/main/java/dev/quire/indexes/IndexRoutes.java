package dev.quire.indexes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.http.JsonBody;
import dev.quire.http.RequestScope;
import dev.quire.http.Requests;
import dev.quire.http.Responses;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import dev.quire.http.TextLimits;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** HTTP routes of indexes (contract §7). */
public final class IndexRoutes implements RouteGroup {
    private static final List<String> FREQUENCIES = List.of("manual", "daily", "on_source_change");
    private static final List<String> VECTOR_TARGETS = List.of("DEFAULT", "DISABLED");

    private final IndexService indexes;

    public IndexRoutes(IndexService indexes) {
        this.indexes = indexes;
    }

    @Override
    public void register(Router router) {
        router.tag("indexes")
                .create("/api/v1/indexes", "Create an index over a directory (queues its first sync)", IndexSchemas.CREATE, this::create)
                .get("/api/v1/indexes", "List indexes, newest first", IndexSchemas.LIST, this::list)
                .get("/api/v1/indexes/{index_id}", "Get an index with its build state", IndexSchemas.GET, this::get)
                .delete("/api/v1/indexes/{index_id}", "Delete an index, its chunks and output directory", IndexSchemas.DELETE, this::delete)
                .create("/api/v1/indexes/{index_id}/sync", "Sync an index with its source directory", IndexSchemas.SYNC, this::sync)
                .post("/api/v1/indexes/{index_id}/sync/cancel", "Cancel a queued or running sync", IndexSchemas.CANCEL_SYNC, this::cancel);
    }

    private void create(Context ctx) {
        JsonBody body = Requests.body(ctx);
        IndexService.CreateRequest request = new IndexService.CreateRequest(
                body.requiredString("source_directory_id"),
                body.optionalString("name"),
                body.optionalString("description"),
                products(body),
                // "items" (layout items with bounding boxes) is accepted for compatibility but not produced yet.
                oneOfEach(body, "store_attachments", List.of("screenshots", "items")),
                oneOf(body, "sync_frequency", FREQUENCIES, "manual"),
                oneOf(body, "vector_target", VECTOR_TARGETS, "DEFAULT"));
        List<FieldError> tooLong = new ArrayList<>();
        TextLimits.check(tooLong, request.name(), "body", "name");
        tooLong.forEach(e -> body.fail(e.type(), e.msg(), e.input(), "name"));
        body.validate();
        Responses.json(ctx, indexes.create(RequestScope.of(ctx).projectId(), request));
    }

    private void list(Context ctx) {
        Optional<String> source = Requests.query(ctx, "source_directory_id");
        List<String> filters = List.of(source.orElse(""));
        Responses.json(ctx, indexes.list(RequestScope.of(ctx).projectId(), source, Requests.page(ctx, filters),
                filters));
    }

    private void get(Context ctx) {
        boolean expand = Requests.queryList(ctx, "expand").contains("sync_in_progress");
        Responses.json(ctx, indexes.get(RequestScope.of(ctx).projectId(), ctx.pathParam("index_id"), expand));
    }

    private void delete(Context ctx) {
        indexes.delete(RequestScope.of(ctx).projectId(), ctx.pathParam("index_id"));
        Responses.noContent(ctx);
    }

    private void sync(Context ctx) {
        Responses.json(ctx, indexes.sync(RequestScope.of(ctx).projectId(), ctx.pathParam("index_id")));
    }

    private void cancel(Context ctx) {
        Responses.json(ctx, indexes.cancelSync(RequestScope.of(ctx).projectId(), ctx.pathParam("index_id")));
    }

    private static String oneOf(JsonBody body, String field, List<String> allowed, String fallback) {
        Optional<String> value = body.optionalString(field);
        if (value.isPresent() && !allowed.contains(value.get())) {
            body.fail("enum", "Input should be " + String.join(", ", allowed), value.get(), field);
        }
        return value.filter(allowed::contains).orElse(fallback);
    }

    private static List<String> oneOfEach(JsonBody body, String field, List<String> allowed) {
        List<String> values = JsonBody.distinct(body.optionalStringList(field).orElse(List.of()));
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                body.fail("enum", "Supported values: " + String.join(", ", allowed), values.get(i), field, i);
            }
        }
        return values;
    }

    /** {@code parse} overrides are accepted (the built-in parser runs); {@code extract} is not supported. */
    private static List<Index.Product> products(JsonBody body) {
        JsonNode raw = body.raw("products");
        if (raw.isNull() || raw.isMissingNode()) {
            return List.of();
        }
        if (!raw.isArray()) {
            body.fail("list_type", "Input should be a valid list", raw, "products");
            return List.of();
        }
        List<Index.Product> products = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            JsonNode p = raw.get(i);
            String configId = p.path("product_config_id").isTextual() ? p.get("product_config_id").textValue() : null;
            String type = p.path("product_type").isTextual() ? p.get("product_type").textValue() : null;
            if (configId == null || type == null) {
                body.fail("missing", "product_config_id and product_type are required strings", p, "products", i);
            } else if (!type.equals("parse")) {
                throw ValidationException.of(FieldError.body("value_error",
                        "product_type '" + type + "' is not supported by Quire (only 'parse')", type,
                        "products", i, "product_type"));
            } else {
                products.add(new Index.Product(configId, type));
            }
        }
        return products;
    }
}
