package dev.quire.indexes;

import dev.quire.storage.StorageSchemas;
import dev.quire.http.Operation;
import dev.quire.http.Schema;

/**
 * Indexes and attachments in the OpenAPI document, with the official SDK's class names (package
 * {@code beta.indexes}); attachments are Quire's, named in the same style ({@code beta.attachments}).
 */
final class IndexSchemas {
    private static final String PKG = "beta.indexes";
    private static final String ATTACHMENTS_PKG = "beta.attachments";

    private IndexSchemas() {}

    private static Schema index() {
        return Schema.object()
                .description("A searchable index over a directory of documents.")
                .required("id", Schema.string().description("Unique identifier"))
                .required("export_config_id", Schema.string().description("ID of the export configuration."))
                .required("name", Schema.string().description("Index name."))
                .required("output_directory_id", Schema.string()
                        .description("ID of the output directory holding the indexed files."))
                .required("project_id", Schema.string().description("Project this index belongs to."))
                .required("source_directory_id", Schema.string().description("ID of the source directory."))
                .required("sync_config_id", Schema.string().description("ID of the sync configuration."))
                .optional("created_at", Schema.dateTime().nullable().description("Creation datetime"))
                .optional("description", Schema.string().nullable().description("Index description."))
                .optional("last_exported_at", Schema.dateTime().nullable().description("Last export time."))
                .optional("last_synced_at", Schema.dateTime().nullable().description("Last sync time."))
                .optional("metadata", Schema.freeForm().title("Metadata").description("Build state and diagnostic "
                        + "info: status, error_message, num_source_files, num_processed_files, num_parsed_files, "
                        + "num_failed_files, num_chunks, sync_started_at, sync_finished_at, failed_files, "
                        + "embedding_model, embedding_dimension."))
                .optional("updated_at", Schema.dateTime().nullable().description("Update datetime"))
                .optional("sync_in_progress", Schema.bool().nullable()
                        .description("Quire: whether a sync is queued or running (expand=sync_in_progress)."))
                .optional("sync_frequency", Schema.enumOf("manual", "daily", "on_source_change").title("SyncFrequency")
                        .description("Quire: when the index syncs with its source directory."))
                .optional("store_attachments", Schema.array(Schema.string())
                        .description("Quire: attachments kept for parsed files (screenshots)."))
                .optional("vector_target", Schema.enumOf("DEFAULT", "DISABLED").title("VectorTarget")
                        .description("Quire: whether chunks are embedded."));
    }

    static final Schema CREATE_RESPONSE = Schema.component("IndexCreateResponse", PKG, index());
    static final Schema GET_RESPONSE = Schema.component("IndexGetResponse", PKG, index());
    static final Schema LIST_RESPONSE = Schema.component("IndexListResponse", PKG, index());
    static final Schema LIST_PAGE = Schema.page("IndexListPageResponse", PKG, LIST_RESPONSE);
    static final Schema SYNC_RESPONSE = Schema.component("IndexSyncResponse", PKG, index());
    static final Schema CANCEL_SYNC_RESPONSE = Schema.component("IndexCancelSyncResponse", PKG, index());

    static final Schema CREATE_BODY = Schema.component("IndexCreateParamsBody", PKG, Schema.object()
            .required("source_directory_id", Schema.string().description("ID of the directory to index."))
            .optional("description", Schema.string().nullable())
            .optional("name", Schema.string().nullable())
            .optional("products", Schema.array(Schema.object().title("Product")
                    .required("product_config_id", Schema.string())
                    .required("product_type", Schema.string())).nullable()
                    .description("Products to run on each file; Quire supports product_type parse."))
            .optional("store_attachments", Schema.array(Schema.string()).nullable()
                    .description("Attachments to keep: screenshots (items is accepted and not produced yet)."))
            .optional("sync_frequency", Schema.string().description("manual, daily or on_source_change."))
            .optional("vector_target", Schema.enumOf("DEFAULT", "DISABLED").title("VectorTarget")));

    static final Operation CREATE = Operation.sdk("beta.indexes.create").params("IndexCreateParams")
            .jsonBody(CREATE_BODY).ok(CREATE_RESPONSE).errors(409).build();
    static final Operation LIST = Operation.sdk("beta.indexes.list").params("IndexListParams")
            .query("source_directory_id", Schema.string().nullable(), "Only indexes of this source directory.")
            .paged("IndexListPage", LIST_PAGE).build();
    static final Operation GET = Operation.sdk("beta.indexes.get").params("IndexGetParams")
            .query("expand", Schema.array(Schema.enumOf("sync_in_progress").title("Expand")).nullable(),
                    "Extra fields to include: sync_in_progress.")
            .ok(GET_RESPONSE).build();
    static final Operation DELETE = Operation.sdk("beta.indexes.delete").params("IndexDeleteParams")
            .status(204).build();
    static final Operation SYNC = Operation.sdk("beta.indexes.sync").params("IndexSyncParams")
            .ok(SYNC_RESPONSE).errors(409).build();
    static final Operation CANCEL_SYNC = Operation.sdk("beta.indexes.cancelSync").params("IndexCancelSyncParams")
            .ok(CANCEL_SYNC_RESPONSE).errors(409).build();

    static final Schema ATTACHMENT = Schema.component("AttachmentListResponse", ATTACHMENTS_PKG, Schema.object()
            .description("An attachment of a parsed file, such as a page screenshot.")
            .required("name", Schema.string().description("The attachment's name, e.g. screenshots/page_1.jpg."))
            .required("size", Schema.integer().description("Size in bytes."))
            .required("last_modified", Schema.dateTime().description("When it was stored.")));
    static final Schema ATTACHMENT_PAGE = Schema.page("AttachmentListPageResponse", ATTACHMENTS_PKG, ATTACHMENT);

    private static final String SOURCE_ID = "The parsed directory file id (a retrieval result's "
            + "static_fields.parsed_directory_file_id).";

    static final Operation ATTACHMENT_LIST = Operation.sdk("beta.attachments.list").params("AttachmentListParams")
            .requiredQuery("source_id", Schema.string(), SOURCE_ID)
            .paged("AttachmentListPage", ATTACHMENT_PAGE).build();
    static final Operation ATTACHMENT_GET = Operation.sdk("beta.attachments.get").params("AttachmentGetParams")
            .requiredQuery("source_id", Schema.string(), SOURCE_ID)
            .ok(StorageSchemas.PRESIGNED_URL).build();
}
