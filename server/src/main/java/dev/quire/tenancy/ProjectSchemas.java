package dev.quire.tenancy;

import dev.quire.http.Operation;
import dev.quire.http.Schema;

/**
 * Projects and API keys in the OpenAPI document: the official SDK's {@code projects} (and the v2
 * listing, {@code v2Projects}), plus Quire's administration in the same style ({@code apiKeys}).
 */
final class ProjectSchemas {
    private ProjectSchemas() {}

    private static Schema project(String description) {
        return Schema.object()
                .description(description)
                .required("id", Schema.string().description("Unique identifier"))
                .required("name", Schema.string())
                .required("organization_id", Schema.string().description("The Organization ID the project is under."))
                .optional("created_at", Schema.dateTime().nullable().description("Creation datetime"))
                .optional("is_default", Schema.bool()
                        .description("Whether this project is the default project for the user."))
                .optional("updated_at", Schema.dateTime().nullable().description("Update datetime"))
                .optional("ad_hoc_eval_dataset_id", Schema.string().nullable());
    }

    static final Schema PROJECT = Schema.component("Project", "projects", project("Schema for a project."));
    static final Schema V2_LIST_RESPONSE = Schema.component("V2ProjectListResponse", "v2projects",
            project("Schema for a project."));
    static final Schema V2_LIST_PAGE = Schema.page("V2ProjectListPageResponse", "v2projects", V2_LIST_RESPONSE);
    static final Schema V2_GET_RESPONSE = Schema.component("V2ProjectGetResponse", "v2projects",
            project("Schema for a project."));

    static final Schema CREATE_BODY = Schema.component("ProjectCreateParamsBody", "projects", Schema.object()
            .required("name", Schema.string().description("The new project's name.")));

    private static Schema role() {
        return Schema.enumOf("member", "admin").title("Role");
    }

    static final Schema KEY_CREATE_BODY = Schema.component("ApiKeyCreateParamsBody", "apikeys", Schema.object()
            .optional("name", Schema.string().description("A name to tell keys apart (default: api key)."))
            .optional("role", role().description("admin keys may manage projects and keys (default: member).")));
    static final Schema KEY_CREATE_RESPONSE = Schema.component("ApiKeyCreateResponse", "apikeys", Schema.object()
            .description("A new API key: the only answer that ever contains its secret.")
            .required("id", Schema.string())
            .required("project_id", Schema.string())
            .required("name", Schema.string())
            .required("role", role())
            .required("key", Schema.string().description("The secret; shown once."))
            .required("created_at", Schema.dateTime()));
    static final Schema KEY_LIST_RESPONSE = Schema.component("ApiKeyListResponse", "apikeys", Schema.object()
            .description("An API key as listed: never its secret.")
            .required("id", Schema.string())
            .required("project_id", Schema.string())
            .required("name", Schema.string())
            .required("role", role())
            .required("prefix", Schema.string().description("The secret's first characters."))
            .required("created_at", Schema.dateTime())
            .optional("last_used_at", Schema.dateTime().nullable()));

    static final Operation LIST = Operation.sdk("projects.list").params("ProjectListParams").unscoped()
            .query("organization_id", Schema.string().nullable(), "Only projects of this organization.")
            .query("project_name", Schema.string().nullable(), "Only the project with this name.")
            .okList(PROJECT).build();
    static final Operation GET = Operation.sdk("projects.get").params("ProjectGetParams").unscoped()
            .query("organization_id", Schema.string().nullable(), null)
            .ok(PROJECT).errors(403).build();
    static final Operation V2_LIST = Operation.sdk("v2Projects.list").params("V2ProjectListParams").unscoped()
            .query("name", Schema.string().nullable(), "Only the project with this name.")
            .query("organization_id", Schema.string().nullable(), "Only projects of this organization.")
            .paged("V2ProjectListPage", V2_LIST_PAGE).build();
    static final Operation V2_GET = Operation.sdk("v2Projects.get").params("V2ProjectGetParams").unscoped()
            .query("organization_id", Schema.string().nullable(), null)
            .ok(V2_GET_RESPONSE).errors(403).build();
    static final Operation CREATE = Operation.sdk("projects.create").params("ProjectCreateParams").unscoped()
            .jsonBody(CREATE_BODY).ok(PROJECT).errors(403).build();
    static final Operation KEY_CREATE = Operation.sdk("apiKeys.create").params("ApiKeyCreateParams").unscoped()
            .jsonBody(KEY_CREATE_BODY).ok(KEY_CREATE_RESPONSE).errors(403).build();
    static final Operation KEY_LIST = Operation.sdk("apiKeys.list").params("ApiKeyListParams").unscoped()
            .okList(KEY_LIST_RESPONSE).errors(403).build();
    static final Operation KEY_DELETE = Operation.sdk("apiKeys.delete").params("ApiKeyDeleteParams").unscoped()
            .status(204).errors(403).build();
}
