package dev.quire.directories;

import dev.quire.storage.StorageSchemas;
import dev.quire.http.Operation;
import dev.quire.http.Schema;

/**
 * Directories and directory files in the OpenAPI document, with the official SDK's class names
 * (packages {@code beta.directories} and {@code beta.directories.files}).
 */
final class DirectorySchemas {
    private static final String PKG = "beta.directories";
    private static final String FILES_PKG = "beta.directories.files";

    private DirectorySchemas() {}

    private static Schema type() {
        return Schema.enumOf("ephemeral", "index", "user", "system_ephemeral").title("Type");
    }

    private static Schema directory() {
        return Schema.object()
                .description("API response schema for a directory.")
                .required("id", Schema.string().description("Unique identifier for the directory."))
                .required("name", Schema.string().description("Human-readable name for the directory."))
                .required("project_id", Schema.string().description("Project the directory belongs to."))
                .optional("connector_subscription_id", Schema.string().nullable()
                        .description("Connector subscription syncing this directory, if any."))
                .optional("created_at", Schema.dateTime().nullable().description("Creation datetime"))
                .optional("data_source_id", Schema.string().nullable()
                        .description("Data source syncing this directory, if any."))
                .optional("deleted_at", Schema.dateTime().nullable().description("Optional timestamp of when the directory was deleted."))
                .optional("description", Schema.string().nullable().description("Optional description shown to users."))
                .optional("expires_at", Schema.dateTime().nullable().description("When an ephemeral directory expires."))
                .optional("system_metadata", Schema.freeForm().title("SystemMetadata").nullable()
                        .description("System-managed metadata."))
                .optional("type", type().nullable().description("The directory's kind."))
                .optional("updated_at", Schema.dateTime().nullable().description("Update datetime"));
    }

    private static Schema metadata() {
        return Schema.freeForm().title("Metadata")
                .description("User metadata: strings, numbers, booleans, null or lists of strings.");
    }

    private static Schema directoryFile() {
        return Schema.object()
                .description("API response schema for a directory file.")
                .required("id", Schema.string().description("Unique identifier for the directory file."))
                .required("directory_id", Schema.string().description("Directory the file belongs to."))
                .required("display_name", Schema.string().description("Display name for the file."))
                .required("project_id", Schema.string().description("Project the directory file belongs to."))
                .required("unique_id", Schema.string().description("Unique identifier for the file in the directory"))
                .optional("created_at", Schema.dateTime().nullable().description("Creation datetime"))
                .optional("deleted_at", Schema.dateTime().nullable().description("Optional timestamp of when the file was deleted."))
                .optional("download_url", StorageSchemas.PRESIGNED_URL.nullable()
                        .description("A presigned link to the file's bytes (expand=download_url)."))
                .optional("file_id", Schema.string().nullable().description("Optional ID of the file."))
                .optional("metadata", metadata())
                .optional("updated_at", Schema.dateTime().nullable().description("Update datetime"));
    }

    static final Schema CREATE_RESPONSE = Schema.component("DirectoryCreateResponse", PKG, directory());
    static final Schema GET_RESPONSE = Schema.component("DirectoryGetResponse", PKG, directory());
    static final Schema UPDATE_RESPONSE = Schema.component("DirectoryUpdateResponse", PKG, directory());
    static final Schema LIST_RESPONSE = Schema.component("DirectoryListResponse", PKG, directory());
    static final Schema LIST_PAGE = Schema.page("DirectoryListPageResponse", PKG, LIST_RESPONSE);

    static final Schema CREATE_BODY = Schema.component("DirectoryCreateParamsBody", PKG, Schema.object()
            .required("name", Schema.string().description("Human-readable name for the directory."))
            .optional("connector_subscription_id", Schema.string().nullable()
                    .description("Connectors are not available in Quire: must be null."))
            .optional("description", Schema.string().nullable().description("Optional description shown to users."))
            .optional("system_metadata", Schema.freeForm().title("SystemMetadata").nullable())
            .optional("type", Schema.enumOf("ephemeral", "user").title("Type"))
            .optional("expires_at", Schema.dateTime().nullable()
                    .description("Quire: when an ephemeral directory expires.")));
    static final Schema UPDATE_BODY = Schema.component("DirectoryUpdateParamsBody", PKG, Schema.object()
            .optional("description", Schema.string().nullable())
            .optional("name", Schema.string().nullable()));

    static final Operation CREATE = Operation.sdk("beta.directories.create").params("DirectoryCreateParams")
            .jsonBody(CREATE_BODY).ok(CREATE_RESPONSE).build();
    static final Operation LIST = Operation.sdk("beta.directories.list").params("DirectoryListParams")
            .query("include_deleted", Schema.bool(), "Include deleted directories.")
            .query("name", Schema.string().nullable(), "Only directories with this name.")
            .query("type", type().nullable(), "Only directories of this type.")
            .query("types", Schema.array(type().title("DirectoryTypesItem")).nullable(),
                    "Only directories of these types.")
            .paged("DirectoryListPage", LIST_PAGE).build();
    static final Operation GET = Operation.sdk("beta.directories.get").params("DirectoryGetParams")
            .ok(GET_RESPONSE).build();
    static final Operation UPDATE = Operation.sdk("beta.directories.update").params("DirectoryUpdateParams")
            .jsonBody(UPDATE_BODY).ok(UPDATE_RESPONSE).errors(409).build();
    static final Operation DELETE = Operation.sdk("beta.directories.delete").params("DirectoryDeleteParams")
            .status(204).errors(409).build();

    static final Schema FILE_ADD_RESPONSE = Schema.component("FileAddResponse", FILES_PKG, directoryFile());
    static final Schema FILE_GET_RESPONSE = Schema.component("FileGetResponse", FILES_PKG, directoryFile());
    static final Schema FILE_UPDATE_RESPONSE = Schema.component("FileUpdateResponse", FILES_PKG, directoryFile());
    static final Schema FILE_UPLOAD_RESPONSE = Schema.component("FileUploadResponse", FILES_PKG, directoryFile());
    /** Named like the files API's classes of the same name, so keyed by package. */
    static final Schema FILE_LIST_RESPONSE = Schema.component(Schema.qualified(FILES_PKG, "FileListResponse"),
            "FileListResponse", FILES_PKG, directoryFile());
    static final Schema FILE_LIST_PAGE = Schema.page(Schema.qualified(FILES_PKG, "FileListPageResponse"),
            "FileListPageResponse", FILES_PKG, FILE_LIST_RESPONSE);

    static final Schema FILE_ADD_BODY = Schema.component("FileAddParamsBody", FILES_PKG, Schema.object()
            .required("file_id", Schema.string().description("ID of an uploaded file."))
            .optional("display_name", Schema.string().nullable())
            .optional("metadata", metadata().nullable())
            .optional("unique_id", Schema.string().nullable()));
    static final Schema FILE_UPDATE_BODY = Schema.component("FileUpdateParamsBody", FILES_PKG, Schema.object()
            .optional("display_name", Schema.string().nullable())
            .optional("metadata", metadata().nullable())
            .optional("target_directory_id", Schema.string().nullable()
                    .description("Moves the file to this directory."))
            .optional("unique_id", Schema.string().nullable()));
    static final Schema FILE_UPLOAD_BODY = Schema.component("FileUploadParamsBody", FILES_PKG, Schema.object()
            .required("upload_file", Schema.binary().description("The file's bytes."))
            .optional("display_name", Schema.string().nullable())
            .optional("external_file_id", Schema.string().nullable())
            .optional("metadata", Schema.string().nullable().description("User metadata as a JSON object."))
            .optional("unique_id", Schema.string().nullable()));

    private static final String EXPAND = "Fields to add: download_url.";

    static final Operation FILE_ADD = Operation.sdk("beta.directories.files.add").params("FileAddParams")
            .jsonBody(FILE_ADD_BODY).ok(FILE_ADD_RESPONSE).errors(409).build();
    static final Operation FILE_LIST = Operation.sdk("beta.directories.files.list").params("FileListParams")
            .query("display_name", Schema.string().nullable(), "Only files with this display name.")
            .query("display_name_contains", Schema.string().nullable(), "Only files whose display name contains this.")
            .query("expand", Schema.array(Schema.string()).nullable(), EXPAND)
            .query("file_id", Schema.string().nullable(), "Only entries of this file.")
            .query("include_deleted", Schema.bool(), "Include deleted entries.")
            .query("unique_id", Schema.string().nullable(), "Only the entry with this unique id.")
            .query("updated_at_on_or_after", Schema.dateTime().nullable(), "Updated at or after this time.")
            .query("updated_at_on_or_before", Schema.dateTime().nullable(), "Updated at or before this time.")
            .paged("FileListPage", FILE_LIST_PAGE).build();
    static final Operation FILE_UPLOAD = Operation.sdk("beta.directories.files.upload").params("FileUploadParams")
            .multipartBody(FILE_UPLOAD_BODY).ok(FILE_UPLOAD_RESPONSE).errors(409).build();
    static final Operation FILE_GET = Operation.sdk("beta.directories.files.get").params("FileGetParams")
            .query("expand", Schema.array(Schema.string()).nullable(), EXPAND)
            .ok(FILE_GET_RESPONSE).build();
    static final Operation FILE_UPDATE = Operation.sdk("beta.directories.files.update").params("FileUpdateParams")
            .jsonBody(FILE_UPDATE_BODY).ok(FILE_UPDATE_RESPONSE).errors(409).build();
    static final Operation FILE_DELETE = Operation.sdk("beta.directories.files.delete").params("FileDeleteParams")
            .status(204).errors(400).build();
}
