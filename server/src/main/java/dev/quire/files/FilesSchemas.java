package dev.quire.files;

import dev.quire.http.Operation;
import dev.quire.http.Schema;
import dev.quire.storage.StorageSchemas;

/** The files API in the OpenAPI document, with the official SDK's class names (package {@code files}). */
final class FilesSchemas {
    private static final String PKG = "files";

    private FilesSchemas() {}

    private static Schema file(String description) {
        Schema info = Schema.mapOf(Schema.any()).nullable();
        return Schema.object()
                .description(description)
                .required("id", Schema.string().description("Unique identifier"))
                .required("name", Schema.string())
                .required("project_id", Schema.string().description("The ID of the project that the file belongs to"))
                .optional("download_url", StorageSchemas.PRESIGNED_URL.nullable()
                        .description("A presigned link to the file's bytes (expand=download_url)."))
                .optional("expires_at", Schema.dateTime().nullable().description("The expiration date for the file."))
                .optional("external_file_id", Schema.string().nullable().description("The ID of the file in the external system"))
                .optional("file_type", Schema.string().nullable().description("File type (e.g. pdf, docx, etc.)"))
                .optional("last_modified_at", Schema.dateTime().nullable().description("The last modified time of the file"))
                .optional("purpose", Schema.string().nullable().description("The intended purpose of the file"))
                .optional("created_at", Schema.dateTime().nullable().description("Creation datetime"))
                .optional("updated_at", Schema.dateTime().nullable().description("Update datetime"))
                .optional("file_size", Schema.integer().nullable().description("Size of the file in bytes"))
                .optional("data_source_id", Schema.string().nullable().description("The ID of the data source"))
                .optional("permission_info", info.title("PermissionInfo").description("Permission information"))
                .optional("resource_info", info.title("ResourceInfo").description("Resource information"));
    }

    /** The shared file model of the official SDK ({@code models.files.File}). */
    static final Schema FILE = Schema.component("File", PKG, file("Schema for a file."));
    static final Schema CREATE_RESPONSE = Schema.component("FileCreateResponse", PKG, file("An uploaded file."));
    static final Schema RETRIEVE_RESPONSE = Schema.component("FileRetrieveResponse", PKG, file("An uploaded file."));
    static final Schema LIST_RESPONSE = Schema.component("FileListResponse", PKG, file("An uploaded file."));
    static final Schema LIST_PAGE = Schema.page("FileListPageResponse", PKG, LIST_RESPONSE);
    static final Schema QUERY_RESPONSE = Schema.component("FileQueryResponse", PKG, Schema.object()
            .required("items", Schema.array(file("An uploaded file.").title("Item")))
            .optional("next_page_token", Schema.string().nullable())
            .optional("total_size", Schema.integer().nullable()));

    static final Schema CREATE_BODY = Schema.component("FileCreateParamsBody", PKG, Schema.object()
            .required("file", Schema.binary().description("The file's bytes."))
            .required("purpose", Schema.string().description("user_data, parse, extract, classify, split, sheet "
                    + "or agent_app."))
            .optional("external_file_id", Schema.string().nullable()));
    static final Schema QUERY_BODY = Schema.component("FileQueryParamsBody", PKG, Schema.object()
            .optional("filter", Schema.object().title("Filter")
                    .optional("data_source_id", Schema.string().nullable())
                    .optional("external_file_id", Schema.string().nullable())
                    .optional("file_ids", Schema.array(Schema.string()).nullable())
                    .optional("file_name", Schema.string().nullable())
                    .optional("only_manually_uploaded", Schema.bool().nullable())
                    .optional("project_id", Schema.string().nullable())
                    .nullable())
            .optional("order_by", Schema.string().nullable().description("name, id or created_at."))
            .optional("page_size", Schema.integer().nullable())
            .optional("page_token", Schema.string().nullable()));

    private static final String EXPAND = "Fields to add: download_url.";

    static final Operation CREATE = Operation.sdk("files.create").params("FileCreateParams")
            .multipartBody(CREATE_BODY).ok(CREATE_RESPONSE).build();
    static final Operation LIST = Operation.sdk("files.list").params("FileListParams")
            .query("expand", Schema.array(Schema.string()).nullable(), EXPAND)
            .query("external_file_id", Schema.string().nullable(), "Only files with this external id.")
            .query("file_ids", Schema.array(Schema.string()).nullable(), "Only these files.")
            .query("file_name", Schema.string().nullable(), "Only files with this name.")
            .query("order_by", Schema.string().nullable(), "name, id or created_at (the default).")
            .paged("FileListPage", LIST_PAGE).build();
    static final Operation QUERY = Operation.sdk("files.query").params("FileQueryParams")
            .jsonBody(QUERY_BODY).ok(QUERY_RESPONSE).build();
    static final Operation RETRIEVE = Operation.sdk("files.retrieve").params("FileRetrieveParams")
            .query("expand", Schema.array(Schema.string()).nullable(), EXPAND)
            .ok(RETRIEVE_RESPONSE).build();
    static final Operation DELETE = Operation.sdk("files.delete").params("FileDeleteParams").status(204).build();
    /** {@code files.get} up to the 1.2 SDK; the 1.3 SDK names it {@code files.content}. */
    static final Operation CONTENT = Operation.sdk("files.get").params("FileGetParams")
            .query("expires_at_seconds", Schema.integer().nullable(), "Lifetime of the link in seconds.")
            .ok(StorageSchemas.PRESIGNED_URL)
            .description("A presigned link to the file's bytes. Named files.get up to the official 1.2 SDK "
                    + "(FileGetParams) and files.content from 1.3 on (FileContentParams).")
            .build();
}
