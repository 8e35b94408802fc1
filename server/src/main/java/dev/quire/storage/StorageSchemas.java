package dev.quire.storage;

import dev.quire.http.Schema;

/**
 * Presigned links in the OpenAPI document. Files, directory files and attachments all answer them;
 * the official SDK keeps the class in its files package.
 */
public final class StorageSchemas {
    private StorageSchemas() {}

    /** A time-limited link to an object's bytes; directory files and attachments answer it too. */
    public static final Schema PRESIGNED_URL = Schema.component("PresignedUrl", "files", Schema.object()
            .description("Schema for a presigned URL.")
            .required("expires_at", Schema.dateTime().description("The time at which the presigned URL expires."))
            .required("url", Schema.string().description("A presigned URL for IO operations against a private file."))
            .optional("form_fields", Schema.mapOf(Schema.string()).title("FormFields").nullable()
                    .description("Form fields for a presigned POST request.")));
}
