package dev.quire.parse;

import dev.quire.http.Operation;
import dev.quire.http.Schema;

/**
 * The parse API (v2) in the OpenAPI document, named like the official clients' {@code parsing}
 * resource (package {@code parsing}).
 */
final class ParseSchemas {
    private static final String PKG = "parsing";

    private ParseSchemas() {}

    private static Schema status() {
        return Schema.enumOf("CANCELLED", "COMPLETED", "FAILED", "PENDING", "RUNNING").title("Status");
    }

    private static Schema job(String description) {
        return Schema.object()
                .description(description)
                .required("id", Schema.string().description("Unique identifier for the parse job"))
                .required("project_id", Schema.string().description("Project this job belongs to"))
                .required("status", status().description("Current status of the job"))
                .optional("created_at", Schema.dateTime().nullable().description("Creation datetime"))
                .optional("error_message", Schema.string().nullable().description("Error details when status is FAILED"))
                .optional("name", Schema.string().nullable().description("Optional display name for this parse job"))
                .optional("tier", Schema.string().nullable().description("Parsing tier used for this job"))
                .optional("updated_at", Schema.dateTime().nullable().description("Update datetime"))
                .optional("usage", Schema.object().title("Usage")
                        .optional("credits", Schema.number().nullable()).nullable())
                .optional("user_metadata", Schema.mapOf(Schema.string()).title("UserMetadata").nullable());
    }

    private static Schema pages(String title, Schema page) {
        return Schema.object().title(title).required("pages", Schema.array(page));
    }

    private static Schema failedPage(String title) {
        return Schema.object().title(title)
                .required("error", Schema.string())
                .required("page_number", Schema.integer())
                .required("success", Schema.bool());
    }

    static final Schema CREATE_RESPONSE = Schema.component("ParsingCreateResponse", PKG, job("A parse job."));
    static final Schema LIST_RESPONSE = Schema.component("ParsingListResponse", PKG, job("A parse job."));
    static final Schema LIST_PAGE = Schema.page("ParsingListPageResponse", PKG, LIST_RESPONSE);
    static final Schema CANCEL_RESPONSE = Schema.component("ParsingCancelResponse", PKG, job("A parse job."));
    static final Schema GET_RESPONSE = Schema.component("ParsingGetResponse", PKG, Schema.object()
            .description("A parse job with the results asked for by expand.")
            .required("job", job("The parse job.").title("Job"))
            .optional("text", pages("Text", Schema.object().title("Page")
                    .required("page_number", Schema.integer())
                    .required("text", Schema.string())).nullable()
                    .description("Plain text per page (expand=text)."))
            .optional("text_full", Schema.string().nullable().description("All pages' text (expand=text_full)."))
            .optional("markdown", pages("Markdown", Schema.anyOf(Schema.object().title("MarkdownResultPage")
                            .required("markdown", Schema.string())
                            .required("page_number", Schema.integer())
                            .required("success", Schema.bool())
                            .optional("footer", Schema.string().nullable())
                            .optional("header", Schema.string().nullable()),
                    failedPage("FailedMarkdownPage")).title("Page")).nullable()
                    .description("Markdown per page (expand=markdown)."))
            .optional("markdown_full", Schema.string().nullable()
                    .description("All pages' Markdown (expand=markdown_full)."))
            .optional("items", pages("Items", Schema.anyOf(Schema.object().title("StructuredResultPage")
                            .required("items", Schema.array(Schema.freeForm().title("Item"))
                                    .description("Layout items: heading, text, list, table, image, ..."))
                            .required("page_height", Schema.number())
                            .required("page_number", Schema.integer())
                            .required("page_width", Schema.number())
                            .required("success", Schema.bool()),
                    failedPage("FailedStructuredPage")).title("Page")).nullable()
                    .description("Layout items per page (expand=items)."))
            .optional("metadata", Schema.object().title("Metadata")
                    .required("pages", Schema.array(Schema.object().title("Page")
                            .required("page_number", Schema.integer())))
                    .optional("document", Schema.freeForm().title("Document").nullable()).nullable()
                    .description("Page and document metadata (expand=metadata)."))
            .optional("job_metadata", Schema.freeForm().title("JobMetadata").nullable())
            .optional("raw_parameters", Schema.freeForm().title("RawParameters").nullable())
            .openEnded());
    static final Schema DELETE_RESPONSE = Schema.component("ParsingDeleteResponse", PKG, Schema.object()
            .description("The deleted job.")
            .required("id", Schema.string())
            .required("project_id", Schema.string()));
    static final Schema VERSIONS_RESPONSE = Schema.component("ParsingListVersionsResponse", PKG, Schema.freeForm()
            .description("The versions each tier accepts."));
    static final Schema CREATE_BODY = Schema.component("ParsingCreateParamsBody", PKG, Schema.object()
            .description("Exactly one of file_id and source_url, with the tier and its version. Other options "
                    + "of the official API are accepted where Quire's offline parser can honour them.")
            .required("tier", Schema.enumOf("fast", "cost_effective", "agentic", "agentic_plus").title("Tier")
                    .description("The parsing tier (Quire parses every tier the fast way)."))
            .required("version", Schema.enumOf("latest", "2026-09-07", "2026-08-19", "2026-06-15").title("Version")
                    .description("A version of the tier, or latest (see parsing.listVersions)."))
            .optional("file_id", Schema.string().nullable())
            .optional("source_url", Schema.string().nullable())
            .optional("name", Schema.string().nullable())
            .optional("user_metadata", Schema.mapOf(Schema.string()).title("UserMetadata").nullable())
            .optional("page_ranges", Schema.object().title("PageRanges")
                    .optional("target_pages", Schema.string().nullable().description("1-based pages: 1,3,5-8."))
                    .optional("max_pages", Schema.integer().nullable()).nullable())
            .optional("processing_control", Schema.freeForm().title("ProcessingControl").nullable()
                    .description("job_failure_conditions.allowed_page_failure_ratio and timeouts."))
            .openEnded());
    static final Schema UPLOAD_BODY = Schema.component("ParsingUploadParamsBody", PKG, Schema.object()
            .required("file", Schema.binary())
            .optional("configuration", Schema.string()
                    .description("The create parameters (ParsingCreateParamsBody without file_id) as JSON.")));

    static final Operation CREATE = Operation.sdk("parsing.create").params("ParsingCreateParams")
            .jsonBody(CREATE_BODY).ok(CREATE_RESPONSE).build();
    static final Operation UPLOAD = Operation.sdk("parsing.upload").params("ParsingUploadParams")
            .multipartBody(UPLOAD_BODY).ok(CREATE_RESPONSE).build();
    static final Operation VERSIONS = Operation.sdk("parsing.listVersions").unscoped()
            .ok(VERSIONS_RESPONSE).build();
    static final Operation LIST = Operation.sdk("parsing.list").params("ParsingListParams")
            .query("status", status().nullable(), "Only jobs in this status.")
            .query("job_ids", Schema.array(Schema.string()).nullable(), "Only these jobs.")
            .query("created_at_on_or_after", Schema.dateTime().nullable(), null)
            .query("created_at_on_or_before", Schema.dateTime().nullable(), null)
            .paged("ParsingListPage", LIST_PAGE).build();
    static final Operation GET = Operation.sdk("parsing.get").params("ParsingGetParams")
            .query("expand", Schema.array(Schema.string()).nullable(),
                    "Results to include: text, markdown, items, metadata, text_full, markdown_full...")
            .ok(GET_RESPONSE).build();
    static final Operation CANCEL = Operation.sdk("parsing.cancel").params("ParsingCancelParams")
            .ok(CANCEL_RESPONSE).errors(409).build();
    static final Operation DELETE = Operation.sdk("parsing.delete").params("ParsingDeleteParams")
            .ok(DELETE_RESPONSE).errors(409).build();
}
