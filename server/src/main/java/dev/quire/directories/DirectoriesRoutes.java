package dev.quire.directories;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** HTTP routes of directories (contract §5). */
public final class DirectoriesRoutes implements RouteGroup {
    private final DirectoriesService directories;

    public DirectoriesRoutes(DirectoriesService directories) {
        this.directories = directories;
    }

    @Override
    public void register(Router router) {
        router.tag("directories")
                .create("/api/v1/beta/directories", "Create a directory", DirectorySchemas.CREATE, this::create)
                .get("/api/v1/beta/directories", "List directories, newest first", DirectorySchemas.LIST, this::list)
                .get("/api/v1/beta/directories/{directory_id}", "Get a directory", DirectorySchemas.GET, this::get)
                .patch("/api/v1/beta/directories/{directory_id}", "Rename or describe a directory", DirectorySchemas.UPDATE, this::update)
                .delete("/api/v1/beta/directories/{directory_id}", "Delete a directory and its files", DirectorySchemas.DELETE, this::delete);
    }

    private void create(Context ctx) {
        JsonBody body = Requests.body(ctx);
        String name = body.requiredString("name");
        Optional<String> description = body.optionalString("description");
        Optional<ObjectNode> systemMetadata = body.optionalObject("system_metadata");
        String type = body.optionalString("type").orElse(Directory.USER);
        Optional<String> expiresAt = body.optionalString("expires_at");
        checkName(body, Optional.of(name));
        if (body.has("connector_subscription_id")) {
            body.fail("value_error", "Connectors are not available: connector_subscription_id must be null",
                    body.raw("connector_subscription_id"), "connector_subscription_id");
        }
        if (!DirectoriesService.CREATABLE_TYPES.contains(type)) {
            body.fail("literal_error", "Input should be 'user' or 'ephemeral'", type, "type");
        }
        Optional<Long> expires = expiresAt.flatMap(DateTimes::parseMicros);
        if (expiresAt.isPresent() && expires.isEmpty()) {
            body.fail("datetime_parsing", "Input should be a valid datetime", expiresAt.get(), "expires_at");
        }
        body.validate();
        Responses.json(ctx, directories.create(RequestScope.of(ctx).projectId(), new DirectoriesService.NewDirectory(
                name, description, type, systemMetadata.map(JsonBody::toMap), expires)));
    }

    private void list(Context ctx) {
        List<String> types = new ArrayList<>();
        Requests.query(ctx, "type").ifPresent(types::add);
        types.addAll(Requests.queryList(ctx, "types"));
        types.addAll(Requests.queryList(ctx, "types[]"));
        for (String type : types) {
            if (!DirectoriesService.KNOWN_TYPES.contains(type)) {
                throw ValidationException.of(FieldError.query("literal_error",
                        "Input should be 'user', 'index', 'ephemeral' or 'system_ephemeral'", type, "types"));
            }
        }
        DirectoryQuery query = new DirectoryQuery(Requests.queryBoolean(ctx, "include_deleted").orElse(false),
                Requests.query(ctx, "name"), JsonBody.distinct(types));
        Responses.json(ctx, directories.list(RequestScope.of(ctx).projectId(), query,
                Requests.page(ctx, query.filters())));
    }

    private void get(Context ctx) {
        Responses.json(ctx, directories.get(RequestScope.of(ctx).projectId(), ctx.pathParam("directory_id")));
    }

    private void update(Context ctx) {
        JsonBody body = Requests.body(ctx);
        Optional<String> name = body.optionalString("name");
        Optional<Optional<String>> description = body.present("description")
                ? Optional.of(body.optionalString("description")) : Optional.empty();
        checkName(body, name);
        body.validate();
        Responses.json(ctx, directories.update(RequestScope.of(ctx).projectId(), ctx.pathParam("directory_id"),
                name, description));
    }

    private void delete(Context ctx) {
        directories.delete(RequestScope.of(ctx).projectId(), ctx.pathParam("directory_id"));
        Responses.noContent(ctx);
    }

    private static void checkName(JsonBody body, Optional<String> name) {
        if (body.has("name") && name.isPresent() && name.get().isEmpty()) {
            body.fail("string_too_short", "String should have at least 1 character", "", "name");
        }
        if (name.isPresent() && name.get().length() > TextLimits.MAX_CHARS) {
            body.fail("string_too_long", "String should have at most " + TextLimits.MAX_CHARS + " characters",
                    name.get(), "name");
        }
    }
}
