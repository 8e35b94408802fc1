package com.llamacloud_prod.api.models.beta.retrieval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The chunks found by {@code POST /api/v1/retrieval/retrieve}, best first.
 *
 * <p>Fields are read lazily from the response JSON: unknown keys are kept in
 * {@code _additionalProperties()}, and a field of unexpected type only fails its own accessor.
 *
 * <pre>{@code
 * for (RetrievalRetrieveResponse.Result r : client.beta().retrieval().retrieve(params).results()) {
 *     String fileId = r.staticFields().flatMap(RetrievalRetrieveResponse.Result.StaticFields::parsedDirectoryFileId)
 *             .orElseThrow();
 *     System.out.println(r.score().orElse(0.0) + " " + fileId + ": " + r.content());
 * }
 * }</pre>
 */
public final class RetrievalRetrieveResponse {

    private static final Set<String> KNOWN_KEYS = Set.of("results");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private RetrievalRetrieveResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    /** Best first: by {@code rerank_score} when reranked, else by {@code score}. */
    public List<Result> results() {
        return Json.requiredList(json, "results", Result::new);
    }

    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalRetrieveResponse && json.equals(((RetrievalRetrieveResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "RetrievalRetrieveResponse" + json;
    }

    /** One retrieved chunk. */
    public static final class Result {

        private static final Set<String> KNOWN_KEYS = Set.of("content", "metadata", "rerank_score", "score", "static_fields");

        private final ObjectNode json;

        private Result(JsonNode json) {
            this.json = Json.object(json);
        }

        /** The chunk's text. */
        public String content() {
            return Json.requiredString(json, "content");
        }

        /** User metadata of the source file. */
        public Optional<Map<String, JsonValue>> metadata() {
            return Json.optionalMap(json, "metadata");
        }

        /** The reranker's score; empty when reranking was off. */
        public Optional<Double> rerankScore() {
            return Json.optionalDouble(json, "rerank_score");
        }

        /** The hybrid relevance score. */
        public Optional<Double> score() {
            return Json.optionalDouble(json, "score");
        }

        /** Built-in fields: offsets, pages, the parsed file, attachments. */
        public Optional<StaticFields> staticFields() {
            return Json.optionalObject(json, "static_fields").map(StaticFields::new);
        }

        public Map<String, JsonValue> _additionalProperties() {
            return Json.additionalProperties(json, KNOWN_KEYS);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result && json.equals(((Result) o).json);
        }

        @Override
        public int hashCode() {
            return json.hashCode();
        }

        @Override
        public String toString() {
            return "Result" + json;
        }

        /**
         * Built-in fields of a chunk. Character offsets index the parsed text that
         * {@code retrieval().read(...)} returns.
         */
        public static final class StaticFields {

            private static final Set<String> KNOWN_KEYS = Set.of(
                    "attachments", "chunk_end_char", "chunk_index", "chunk_start_char", "chunk_token_count",
                    "page_range_end", "page_range_start", "parsed_directory_file_id");

            private final ObjectNode json;

            private StaticFields(JsonNode json) {
                this.json = Json.object(json);
            }

            /** Attachments of the chunk's pages, e.g. page screenshots. */
            public Optional<List<Attachment>> attachments() {
                return Json.optionalList(json, "attachments", Attachment::new);
            }

            /** End offset (exclusive) of the chunk in the parsed text. */
            public Optional<Long> chunkEndChar() {
                return Json.optionalLong(json, "chunk_end_char");
            }

            /** 0-based position of the chunk in its file. */
            public Optional<Long> chunkIndex() {
                return Json.optionalLong(json, "chunk_index");
            }

            public Optional<Long> chunkStartChar() {
                return Json.optionalLong(json, "chunk_start_char");
            }

            public Optional<Long> chunkTokenCount() {
                return Json.optionalLong(json, "chunk_token_count");
            }

            /** Last page (1-based) the chunk covers. */
            public Optional<Long> pageRangeEnd() {
                return Json.optionalLong(json, "page_range_end");
            }

            public Optional<Long> pageRangeStart() {
                return Json.optionalLong(json, "page_range_start");
            }

            /** The parsed file's id: the {@code file_id} of grep and read. */
            public Optional<String> parsedDirectoryFileId() {
                return Json.optionalString(json, "parsed_directory_file_id");
            }

            public Map<String, JsonValue> _additionalProperties() {
                return Json.additionalProperties(json, KNOWN_KEYS);
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof StaticFields && json.equals(((StaticFields) o).json);
            }

            @Override
            public int hashCode() {
                return json.hashCode();
            }

            @Override
            public String toString() {
                return "StaticFields" + json;
            }

            /** An attachment, fetched with {@code attachments().get(attachmentName, source_id = sourceId)}. */
            public static final class Attachment {

                private static final Set<String> KNOWN_KEYS = Set.of("attachment_name", "source_id", "type");

                private final ObjectNode json;

                private Attachment(JsonNode json) {
                    this.json = Json.object(json);
                }

                /** E.g. {@code screenshots/page_7.jpg}. */
                public String attachmentName() {
                    return Json.requiredString(json, "attachment_name");
                }

                public String sourceId() {
                    return Json.requiredString(json, "source_id");
                }

                /** E.g. {@code screenshot}. */
                public String type() {
                    return Json.requiredString(json, "type");
                }

                public Map<String, JsonValue> _additionalProperties() {
                    return Json.additionalProperties(json, KNOWN_KEYS);
                }

                @Override
                public boolean equals(Object o) {
                    return o instanceof Attachment && json.equals(((Attachment) o).json);
                }

                @Override
                public int hashCode() {
                    return json.hashCode();
                }

                @Override
                public String toString() {
                    return "Attachment" + json;
                }
            }
        }
    }
}
