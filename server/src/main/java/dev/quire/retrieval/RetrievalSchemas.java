package dev.quire.retrieval;

import dev.quire.http.Operation;
import dev.quire.http.Schema;

/** The retrieval API in the OpenAPI document, with the official SDK's class names ({@code beta.retrieval}). */
final class RetrievalSchemas {
    private static final String PKG = "beta.retrieval";

    private RetrievalSchemas() {}

    private static Schema operator() {
        return Schema.enumOf("eq", "gt", "gte", "in", "lt", "lte", "ne", "nin").title("Operator");
    }

    private static Schema result() {
        Schema attachment = Schema.object().title("Attachment")
                .required("attachment_name", Schema.string())
                .required("source_id", Schema.string())
                .required("type", Schema.string());
        Schema staticFields = Schema.object().title("StaticFields")
                .description("Where the chunk comes from: its file, position and attachments.")
                .optional("attachments", Schema.array(attachment))
                .optional("chunk_end_char", Schema.integer().nullable())
                .optional("chunk_index", Schema.integer().nullable())
                .optional("chunk_start_char", Schema.integer().nullable())
                .optional("chunk_token_count", Schema.integer().nullable())
                .optional("page_range_end", Schema.integer().nullable())
                .optional("page_range_start", Schema.integer().nullable())
                .optional("parsed_directory_file_id", Schema.string().nullable());
        return Schema.object().title("Result")
                .required("content", Schema.string().description("The chunk's text."))
                .optional("metadata", Schema.freeForm().title("Metadata").nullable()
                        .description("The source file's user metadata."))
                .optional("rerank_score", Schema.number().nullable())
                .optional("score", Schema.number().nullable())
                .optional("static_fields", staticFields);
    }

    static final Schema RETRIEVE_RESPONSE = Schema.component("RetrievalRetrieveResponse", PKG, Schema.object()
            .required("results", Schema.array(result()).description("The best chunks, best first.")));
    static final Schema FIND_RESPONSE = Schema.component("RetrievalFindResponse", PKG, Schema.object()
            .required("file_id", Schema.string().description("The parsed directory file's id."))
            .required("file_name", Schema.string()));
    static final Schema FIND_PAGE = Schema.page("RetrievalFindPageResponse", PKG, FIND_RESPONSE);
    static final Schema GREP_RESPONSE = Schema.component("RetrievalGrepResponse", PKG, Schema.object()
            .required("content", Schema.string().description("The match with its context."))
            .required("end_char", Schema.integer())
            .required("start_char", Schema.integer()));
    static final Schema GREP_PAGE = Schema.page("RetrievalGrepPageResponse", PKG, GREP_RESPONSE);
    static final Schema READ_RESPONSE = Schema.component("RetrievalReadResponse", PKG, Schema.object()
            .required("content", Schema.string().description("The window of the parsed file's text.")));

    static final Schema RETRIEVE_BODY = Schema.component("RetrievalRetrieveParamsBody", PKG, Schema.object()
            .required("index_id", Schema.string())
            .required("query", Schema.string())
            .optional("custom_filters", Schema.freeForm().title("CustomFilters").nullable()
                    .description("Filters on user metadata, by key: {operator: eq|gt|gte|in|lt|lte|ne|nin, value} "
                            + "or a list of such filters on numbers (a range)."))
            .optional("full_text_pipeline_weight", Schema.number().nullable())
            .optional("num_candidates", Schema.integer().nullable())
            .optional("rerank", Schema.object().title("Rerank")
                    .optional("enabled", Schema.bool())
                    .optional("top_n", Schema.integer().nullable()))
            .optional("score_threshold", Schema.number().nullable())
            .optional("static_filters", Schema.object().title("StaticFilters")
                    .optional("parsed_directory_file_id", Schema.object().title("ParsedDirectoryFileId")
                            .required("operator", operator())
                            .required("value", Schema.anyOf(Schema.string(), Schema.array(Schema.string())).title("Value"))
                            .nullable())
                    .nullable())
            .optional("top_k", Schema.integer().nullable())
            .optional("vector_pipeline_weight", Schema.number().nullable()));
    static final Schema FIND_BODY = Schema.component("RetrievalFindParamsBody", PKG, Schema.object()
            .required("index_id", Schema.string())
            .optional("file_name", Schema.string().nullable())
            .optional("file_name_contains", Schema.string().nullable())
            .optional("page_size", Schema.integer().nullable())
            .optional("page_token", Schema.string().nullable()));
    static final Schema GREP_BODY = Schema.component("RetrievalGrepParamsBody", PKG, Schema.object()
            .required("file_id", Schema.string())
            .required("index_id", Schema.string())
            .required("pattern", Schema.string().description("A regular expression."))
            .optional("context_chars", Schema.integer().nullable())
            .optional("page_size", Schema.integer().nullable())
            .optional("page_token", Schema.string().nullable()));
    static final Schema READ_BODY = Schema.component("RetrievalReadParamsBody", PKG, Schema.object()
            .required("file_id", Schema.string())
            .required("index_id", Schema.string())
            .optional("max_length", Schema.integer().nullable())
            .optional("offset", Schema.integer()));

    static final Operation RETRIEVE = Operation.sdk("beta.retrieval.retrieve").params("RetrievalRetrieveParams")
            .jsonBody(RETRIEVE_BODY).ok(RETRIEVE_RESPONSE).errors(404, 409, 502).build();
    static final Operation FIND = Operation.sdk("beta.retrieval.find").params("RetrievalFindParams")
            .jsonBody(FIND_BODY).pagedInBody("RetrievalFindPage", FIND_PAGE).errors(404, 409).build();
    static final Operation GREP = Operation.sdk("beta.retrieval.grep").params("RetrievalGrepParams")
            .jsonBody(GREP_BODY).pagedInBody("RetrievalGrepPage", GREP_PAGE).errors(404, 409).build();
    static final Operation READ = Operation.sdk("beta.retrieval.read").params("RetrievalReadParams")
            .jsonBody(READ_BODY).ok(READ_RESPONSE).errors(404, 409).build();
}
