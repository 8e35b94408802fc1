package dev.quire.tenancy;

import dev.quire.common.Timestamps;
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

/** Projects (contract §3) and the admin routes for projects and API keys. */
public final class ProjectRoutes implements RouteGroup {
    private final TenancyService tenancy;

    public ProjectRoutes(TenancyService tenancy) {
        this.tenancy = tenancy;
    }

    @Override
    public void register(Router router) {
        router.tag("projects")
                .get("/api/v1/projects", "List the projects this key can access", ProjectSchemas.LIST, this::list)
                .get("/api/v1/projects/{project_id}", "Get a project", ProjectSchemas.GET, this::get)
                .get("/api/v2/projects", "List the projects this key can access (cursor page)", ProjectSchemas.V2_LIST, this::listV2)
                .get("/api/v2/projects/{project_id}", "Get a project", ProjectSchemas.V2_GET, this::get)
                .create("/api/v1/projects", "Create a project in the key's organization (admin key)", ProjectSchemas.CREATE, this::create)
                .create("/api/v1/projects/{project_id}/api-keys", "Create an API key for a project (admin key)",
                        ProjectSchemas.KEY_CREATE, this::createKey)
                .get("/api/v1/projects/{project_id}/api-keys", "List a project's API keys, without secrets (admin key)",
                        ProjectSchemas.KEY_LIST, this::listKeys)
                .delete("/api/v1/projects/{project_id}/api-keys/{key_id}",
                        "Revoke an API key, effective on its next request (admin key)", ProjectSchemas.KEY_DELETE, this::revokeKey);
    }

    /** The wire shape of a project. */
    record ProjectJson(String id, String name, String organizationId, String createdAt, String updatedAt,
                       boolean isDefault, String adHocEvalDatasetId) {
        static ProjectJson of(Project p) {
            return new ProjectJson(p.id(), p.name(), p.organizationId(), Timestamps.format(p.createdAt()),
                    Timestamps.format(p.updatedAt()), p.isDefault(), null);
        }
    }

    /** A newly created key: the only response that ever contains the secret. */
    record KeyJson(String id, String projectId, String name, String role, String key, String createdAt) {}

    /** A key as listed: never the secret, never the hash; {@code prefix} tells keys apart. */
    record ListedKeyJson(String id, String projectId, String name, String role, String prefix, String createdAt,
                         String lastUsedAt) {
        static ListedKeyJson of(KeyStore.ListedKey listed) {
            ApiKey k = listed.key();
            return new ListedKeyJson(k.id(), k.projectId(), k.name(), k.role().wire(), k.keyPrefix(),
                    Timestamps.format(k.createdAt()), listed.lastUsedAt().map(Timestamps::format).orElse(null));
        }
    }

    private void list(Context ctx) {
        Responses.json(ctx, tenancy.listProjects(RequestScope.of(ctx).key(),
                        Requests.query(ctx, "organization_id"), Requests.query(ctx, "project_name"))
                .stream().map(ProjectJson::of).toList());
    }

    /** v2 lists the same projects in the cursor-page envelope; a key sees few, so one page holds them all. */
    private void listV2(Context ctx) {
        Requests.page(ctx, List.of());
        List<ProjectJson> projects = tenancy.listProjects(RequestScope.of(ctx).key(),
                Requests.query(ctx, "organization_id"), Requests.query(ctx, "name"))
                .stream().map(ProjectJson::of).toList();
        Responses.json(ctx, new dev.quire.http.Page<>(projects, null, projects.size()));
    }

    private void get(Context ctx) {
        Responses.json(ctx, ProjectJson.of(tenancy.getProject(RequestScope.of(ctx).key(), ctx.pathParam("project_id"))));
    }

    private void create(Context ctx) {
        JsonBody body = Requests.body(ctx);
        String name = body.requiredString("name");
        body.validate();
        requireNonBlank(name, "name");
        checkLength(name.trim(), "name");
        Responses.json(ctx, ProjectJson.of(tenancy.createProject(RequestScope.of(ctx).key(), name.trim())));
    }

    private void createKey(Context ctx) {
        JsonBody body = Requests.body(ctx);
        String name = body.optionalString("name").orElse("api key");
        String role = body.optionalString("role").orElse("member");
        body.validate();
        checkLength(name, "name");
        if (!role.equals("member") && !role.equals("admin")) {
            throw ValidationException.of(FieldError.body("literal_error", "Input should be 'member' or 'admin'",
                    role, "role"));
        }
        TenancyService.IssuedKey issued = tenancy.createKey(RequestScope.of(ctx).key(),
                ctx.pathParam("project_id"), name, Role.parse(role));
        ApiKey k = issued.key();
        Responses.json(ctx, new KeyJson(k.id(), k.projectId(), k.name(), k.role().wire(), issued.secret(),
                Timestamps.format(k.createdAt())));
    }

    private void listKeys(Context ctx) {
        Responses.json(ctx, tenancy.listKeys(RequestScope.of(ctx).key(), ctx.pathParam("project_id"))
                .stream().map(ListedKeyJson::of).toList());
    }

    private void revokeKey(Context ctx) {
        tenancy.revokeKey(RequestScope.of(ctx).key(), ctx.pathParam("project_id"), ctx.pathParam("key_id"));
        Responses.noContent(ctx);
    }

    private static void checkLength(String value, String field) {
        List<FieldError> errors = new ArrayList<>();
        TextLimits.check(errors, Optional.of(value), TextLimits.SHORT_MAX_CHARS, "body", field);
        TextLimits.throwIfAny(errors);
    }

    private static void requireNonBlank(String value, String field) {
        if (value.isBlank()) {
            throw ValidationException.of(FieldError.body("string_too_short",
                    "String should have at least 1 character", value, field));
        }
    }
}
