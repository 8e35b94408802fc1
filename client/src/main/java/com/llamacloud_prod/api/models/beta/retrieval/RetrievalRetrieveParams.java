package com.llamacloud_prod.api.models.beta.retrieval;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.BodyParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code POST /api/v1/retrieval/retrieve}: hybrid (full-text + vector) search over
 * an index's chunks, optionally filtered and reranked. Unset fields are not sent, so the server's
 * defaults apply.
 *
 * <pre>{@code
 * RetrievalRetrieveResponse found = client.beta().retrieval().retrieve(RetrievalRetrieveParams.builder()
 *         .indexId(indexId)                      // or the index's export_config_id
 *         .query("How many days of paid leave?")
 *         .topK(5L)
 *         .customFilters(RetrievalRetrieveParams.CustomFilters.of(Map.of(
 *                 "team", Map.of("operator", "eq", "value", "hr"),
 *                 "year", List.of(Map.of("operator", "gte", "value", 2023), Map.of("operator", "lt", "value", 2025)))))
 *         .staticFilters(RetrievalRetrieveParams.StaticFilters.parsedDirectoryFileIdIn(List.of(fileId)))
 *         .rerank(RetrievalRetrieveParams.Rerank.builder().enabled(false).build())
 *         .build());
 * }</pre>
 */
public final class RetrievalRetrieveParams implements Params {

    private final String indexId;
    private final String query;
    private final CustomFilters customFilters;
    private final Double fullTextPipelineWeight;
    private final Long numCandidates;
    private final Rerank rerank;
    private final Double scoreThreshold;
    private final StaticFilters staticFilters;
    private final Long topK;
    private final Double vectorPipelineWeight;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private RetrievalRetrieveParams(Builder b) {
        this.additional = b.additional.build();
        this.indexId = b.indexId;
        this.query = b.query;
        this.customFilters = b.customFilters;
        this.fullTextPipelineWeight = b.fullTextPipelineWeight;
        this.numCandidates = b.numCandidates;
        this.rerank = b.rerank;
        this.scoreThreshold = b.scoreThreshold;
        this.staticFilters = b.staticFilters;
        this.topK = b.topK;
        this.vectorPipelineWeight = b.vectorPipelineWeight;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** Required: {@code indexId}, {@code query}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The index's {@code id} or its {@code export_config_id}. */
    public String indexId() {
        return indexId;
    }

    /** Natural-language query; the server rejects an empty one with {@code 422}. */
    public String query() {
        return query;
    }

    /** Filters on user metadata. */
    public Optional<CustomFilters> customFilters() {
        return Optional.ofNullable(customFilters);
    }

    /** Weight of the full-text pipeline, 0 to 1; 0 turns it off. */
    public Optional<Double> fullTextPipelineWeight() {
        return Optional.ofNullable(fullTextPipelineWeight);
    }

    /** Candidate pool of the approximate nearest-neighbour search. */
    public Optional<Long> numCandidates() {
        return Optional.ofNullable(numCandidates);
    }

    /** Reranking after hybrid search; on by default. */
    public Optional<Rerank> rerank() {
        return Optional.ofNullable(rerank);
    }

    /** Minimum hybrid score of a result. */
    public Optional<Double> scoreThreshold() {
        return Optional.ofNullable(scoreThreshold);
    }

    /** Filters on built-in fields, e.g. {@code parsed_directory_file_id}. */
    public Optional<StaticFilters> staticFilters() {
        return Optional.ofNullable(staticFilters);
    }

    /** Maximum number of results; the server caps it at 500. */
    public Optional<Long> topK() {
        return Optional.ofNullable(topK);
    }

    /** Weight of the vector pipeline, 0 to 1; 0 turns it off. */
    public Optional<Double> vectorPipelineWeight() {
        return Optional.ofNullable(vectorPipelineWeight);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** SDK-internal: the JSON body as sent: set fields only. */
    public ObjectNode _bodyJson() {
        ObjectNode body = ObjectMappers.jsonMapper().createObjectNode();
        body.put("index_id", indexId);
        body.put("query", query);
        if (customFilters != null) {
            body.set("custom_filters", ObjectMappers.jsonMapper().valueToTree(customFilters.filters()));
        }
        if (fullTextPipelineWeight != null) {
            body.put("full_text_pipeline_weight", fullTextPipelineWeight);
        }
        if (numCandidates != null) {
            body.put("num_candidates", numCandidates);
        }
        if (rerank != null) {
            body.set("rerank", rerank.toJson());
        }
        if (scoreThreshold != null) {
            body.put("score_threshold", scoreThreshold);
        }
        if (staticFilters != null) {
            body.set("static_filters", staticFilters.toJson());
        }
        if (topK != null) {
            body.put("top_k", topK);
        }
        if (vectorPipelineWeight != null) {
            body.put("vector_pipeline_weight", vectorPipelineWeight);
        }
        return additional.addBodyPropertiesTo(body);
    }

    /** The JSON body of the call: its typed fields and additional properties. */
    public Body _body() {
        return new Body(this);
    }

    /**
     * The JSON body of {@link RetrievalRetrieveParams}: the body fields of the params, and the additional body
     * properties set on its builder.
     */
    public static final class Body {
        private final RetrievalRetrieveParams params;

        private Body(RetrievalRetrieveParams params) {
            this.params = params;
        }

        public String indexId() {
            return params.indexId();
        }

        public String query() {
            return params.query();
        }

        public Optional<CustomFilters> customFilters() {
            return params.customFilters();
        }

        public Optional<Double> fullTextPipelineWeight() {
            return params.fullTextPipelineWeight();
        }

        public Optional<Long> numCandidates() {
            return params.numCandidates();
        }

        public Optional<Rerank> rerank() {
            return params.rerank();
        }

        public Optional<Double> scoreThreshold() {
            return params.scoreThreshold();
        }

        public Optional<StaticFilters> staticFilters() {
            return params.staticFilters();
        }

        public Optional<Long> topK() {
            return params.topK();
        }

        public Optional<Double> vectorPipelineWeight() {
            return params.vectorPipelineWeight();
        }

        public Map<String, JsonValue> _additionalProperties() {
            return params._additionalBodyProperties();
        }

        /** The body as sent (serialized as this JSON). */
        @com.fasterxml.jackson.annotation.JsonValue
        public ObjectNode _json() {
            return params._bodyJson();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Body && _json().equals(((Body) o)._json());
        }

        @Override
        public int hashCode() {
            return _json().hashCode();
        }

        @Override
        public String toString() {
            return "Body" + _json();
        }
    }

    /** Query parameters in order, unset ones left out. */
    public QueryParams _queryParams() {
        return Scope.query(organizationId, projectId).putAll(additional.queryParams()).build();
    }

    /** Additional headers to send with the request. */
    public Headers _additionalHeaders() {
        return additional.headers();
    }

    /** Additional query parameters to send with the request. */
    public QueryParams _additionalQueryParams() {
        return additional.queryParams();
    }

    @Override
    public Headers _headers() {
        return additional.headers();
    }

    /** Additional JSON properties sent in the body, replacing typed fields of the same name. */
    public Map<String, JsonValue> _additionalBodyProperties() {
        return additional.bodyProperties();
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        Builder b = new Builder();
        b.indexId = indexId;
        b.query = query;
        b.customFilters = customFilters;
        b.fullTextPipelineWeight = fullTextPipelineWeight;
        b.numCandidates = numCandidates;
        b.rerank = rerank;
        b.scoreThreshold = scoreThreshold;
        b.staticFilters = staticFilters;
        b.topK = topK;
        b.vectorPipelineWeight = vectorPipelineWeight;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalRetrieveParams
                && _bodyJson().equals(((RetrievalRetrieveParams) o)._bodyJson())
                && _queryParams().equals(((RetrievalRetrieveParams) o)._queryParams())
                && _headers().equals(((RetrievalRetrieveParams) o)._headers());
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, _bodyJson(), _queryParams());
    }

    @Override
    public String toString() {
        return "RetrievalRetrieveParams{body=" + _body() + ", query=" + _queryParams() + ", " + additional + "}";
    }

    /** A builder for {@link RetrievalRetrieveParams}. */
    public static final class Builder implements BodyParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String indexId;
        private String query;
        private CustomFilters customFilters;
        private Double fullTextPipelineWeight;
        private Long numCandidates;
        private Rerank rerank;
        private Double scoreThreshold;
        private StaticFilters staticFilters;
        private Long topK;
        private Double vectorPipelineWeight;
        private String organizationId;
        private String projectId;

        private Builder() {}

        @Override
        public AdditionalParams.Builder _additional() {
            return additional;
        }

        private Builder withAdditional(AdditionalParams additional) {
            this.additional = additional.toBuilder();
            return this;
        }

        public Builder indexId(String indexId) {
            this.indexId = indexId;
            return this;
        }

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        public Builder customFilters(CustomFilters customFilters) {
            this.customFilters = customFilters;
            return this;
        }

        public Builder customFilters(Optional<CustomFilters> customFilters) {
            return customFilters(customFilters.orElse(null));
        }

        public Builder fullTextPipelineWeight(Double fullTextPipelineWeight) {
            this.fullTextPipelineWeight = fullTextPipelineWeight;
            return this;
        }

        public Builder fullTextPipelineWeight(double fullTextPipelineWeight) {
            return fullTextPipelineWeight((Double) fullTextPipelineWeight);
        }

        public Builder fullTextPipelineWeight(Optional<Double> fullTextPipelineWeight) {
            return fullTextPipelineWeight(fullTextPipelineWeight.orElse(null));
        }

        public Builder numCandidates(Long numCandidates) {
            this.numCandidates = numCandidates;
            return this;
        }

        public Builder numCandidates(long numCandidates) {
            return numCandidates((Long) numCandidates);
        }

        public Builder numCandidates(Optional<Long> numCandidates) {
            return numCandidates(numCandidates.orElse(null));
        }

        public Builder rerank(Rerank rerank) {
            this.rerank = rerank;
            return this;
        }

        public Builder scoreThreshold(Double scoreThreshold) {
            this.scoreThreshold = scoreThreshold;
            return this;
        }

        public Builder scoreThreshold(double scoreThreshold) {
            return scoreThreshold((Double) scoreThreshold);
        }

        public Builder scoreThreshold(Optional<Double> scoreThreshold) {
            return scoreThreshold(scoreThreshold.orElse(null));
        }

        public Builder staticFilters(StaticFilters staticFilters) {
            this.staticFilters = staticFilters;
            return this;
        }

        public Builder staticFilters(Optional<StaticFilters> staticFilters) {
            return staticFilters(staticFilters.orElse(null));
        }

        public Builder topK(Long topK) {
            this.topK = topK;
            return this;
        }

        public Builder topK(long topK) {
            return topK((Long) topK);
        }

        public Builder topK(Optional<Long> topK) {
            return topK(topK.orElse(null));
        }

        public Builder vectorPipelineWeight(Double vectorPipelineWeight) {
            this.vectorPipelineWeight = vectorPipelineWeight;
            return this;
        }

        public Builder vectorPipelineWeight(double vectorPipelineWeight) {
            return vectorPipelineWeight((Double) vectorPipelineWeight);
        }

        public Builder vectorPipelineWeight(Optional<Double> vectorPipelineWeight) {
            return vectorPipelineWeight(vectorPipelineWeight.orElse(null));
        }

        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder organizationId(Optional<String> organizationId) {
            return organizationId(organizationId.orElse(null));
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder projectId(Optional<String> projectId) {
            return projectId(projectId.orElse(null));
        }

        /** @throws IllegalStateException if a required field is unset; IllegalArgumentException for an invalid value */
        public RetrievalRetrieveParams build() {
            Checks.required("indexId", indexId);
            Checks.required("query", query);
            if (indexId.isEmpty()) {
                throw new IllegalArgumentException("indexId must not be empty");
            }
            Checks.argument(topK == null || topK >= 1, "topK must be >= 1: %s", topK);
            Checks.argument(numCandidates == null || numCandidates >= 1, "numCandidates must be >= 1: %s", numCandidates);
            checkWeight("fullTextPipelineWeight", fullTextPipelineWeight);
            checkWeight("vectorPipelineWeight", vectorPipelineWeight);
            return new RetrievalRetrieveParams(this);
        }

        private static void checkWeight(String name, Double weight) {
            Checks.argument(weight == null || (weight >= 0 && weight <= 1), name + " must be within [0, 1]: %s", weight);
        }
    }

    /**
     * Filters on user metadata: {@code {"<key>": filter | [bound, ...] | null}}, where a filter is
     * {@code {"operator": "eq"|"ne"|"gt"|"gte"|"lt"|"lte"|"in"|"nin", "value": ...}} and a list of
     * numeric bounds is a range. Different keys are ANDed.
     *
     * <pre>{@code
     * CustomFilters filters = CustomFilters.of(Map.of(
     *         "team", Map.of("operator", "in", "value", List.of("a", "b")),
     *         "year", List.of(Map.of("operator", "gte", "value", 2023), Map.of("operator", "lte", "value", 2024))));
     * CustomFilters same = CustomFilters.builder()
     *         .putAdditionalProperty("team", JsonValue.from(Map.of("operator", "in", "value", List.of("a", "b"))))
     *         .build();
     * }</pre>
     */
    public static final class CustomFilters {
        private final Map<String, JsonValue> filters;

        private CustomFilters(Map<String, JsonValue> filters) {
            this.filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        }

        /** Converts each value (maps, lists, {@link JsonValue}s) to JSON. */
        public static CustomFilters of(Map<String, ?> filters) {
            Builder b = builder();
            filters.forEach((key, value) -> b.putAdditionalProperty(key, JsonValue.from(value)));
            return b.build();
        }

        public static Builder builder() {
            return new Builder();
        }

        /** The filters by metadata key. */
        public Map<String, JsonValue> _additionalProperties() {
            return filters;
        }

        Map<String, JsonValue> filters() {
            return filters;
        }

        public Builder toBuilder() {
            return new Builder().additionalProperties(filters);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CustomFilters && filters.equals(((CustomFilters) o).filters);
        }

        @Override
        public int hashCode() {
            return filters.hashCode();
        }

        @Override
        public String toString() {
            return "CustomFilters" + filters;
        }

        /** A builder for {@link CustomFilters}. */
        public static final class Builder {
            private final Map<String, JsonValue> filters = new LinkedHashMap<>();

            private Builder() {}

            public Builder additionalProperties(Map<String, JsonValue> filters) {
                this.filters.clear();
                return putAllAdditionalProperties(filters);
            }

            public Builder putAdditionalProperty(String key, JsonValue filter) {
                this.filters.put(Checks.required("key", key), Checks.required("filter", filter));
                return this;
            }

            public Builder putAllAdditionalProperties(Map<String, JsonValue> filters) {
                filters.forEach(this::putAdditionalProperty);
                return this;
            }

            public Builder removeAdditionalProperty(String key) {
                this.filters.remove(key);
                return this;
            }

            public CustomFilters build() {
                return new CustomFilters(filters);
            }
        }
    }

    /**
     * Reranking after hybrid search.
     *
     * <pre>{@code
     * Rerank off = Rerank.builder().enabled(false).build();
     * Rerank top3 = Rerank.builder().topN(3L).build();
     * }</pre>
     */
    public static final class Rerank {
        private final Boolean enabled;
        private final Long topN;

        private Rerank(Boolean enabled, Long topN) {
            this.enabled = enabled;
            this.topN = topN;
        }

        public static Builder builder() {
            return new Builder();
        }

        /** False disables reranking (then {@code rerank_score} is null). */
        public Optional<Boolean> enabled() {
            return Optional.ofNullable(enabled);
        }

        /** Results kept after reranking. */
        public Optional<Long> topN() {
            return Optional.ofNullable(topN);
        }

        ObjectNode toJson() {
            ObjectNode json = ObjectMappers.jsonMapper().createObjectNode();
            if (enabled != null) {
                json.put("enabled", enabled);
            }
            if (topN != null) {
                json.put("top_n", topN);
            }
            return json;
        }

        public Builder toBuilder() {
            return new Builder().enabled(enabled).topN(topN);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rerank && Objects.equals(enabled, ((Rerank) o).enabled)
                    && Objects.equals(topN, ((Rerank) o).topN);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enabled, topN);
        }

        @Override
        public String toString() {
            return "Rerank{enabled=" + enabled + ", topN=" + topN + "}";
        }

        /** A builder for {@link Rerank}. */
        public static final class Builder {
            private Boolean enabled;
            private Long topN;

            private Builder() {}

            public Builder enabled(Boolean enabled) {
                this.enabled = enabled;
                return this;
            }

            public Builder topN(Long topN) {
                this.topN = topN;
                return this;
            }

            public Builder topN(long topN) {
                return topN((Long) topN);
            }

            /** @throws IllegalArgumentException if {@code topN < 1} */
            public Rerank build() {
                Checks.argument(topN == null || topN >= 1, "topN must be >= 1: %s", topN);
                return new Rerank(enabled, topN);
            }
        }
    }

    /**
     * Filters on built-in chunk fields; today only {@code parsed_directory_file_id}, to scope a
     * search to some parsed files (ids as returned by find or in {@code static_fields}).
     *
     * <pre>{@code
     * StaticFilters one = StaticFilters.builder().parsedDirectoryFileId(
     *         StaticFilters.ParsedDirectoryFileId.builder().operator(StaticFilters.ParsedDirectoryFileId.Operator.EQ).value(fileId).build()).build();
     * StaticFilters some = StaticFilters.parsedDirectoryFileIdIn(List.of(fileA, fileB));
     * }</pre>
     */
    public static final class StaticFilters {
        private final ParsedDirectoryFileId parsedDirectoryFileId;

        private StaticFilters(ParsedDirectoryFileId parsedDirectoryFileId) {
            this.parsedDirectoryFileId = parsedDirectoryFileId;
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Only chunks of these parsed files. */
        public static StaticFilters parsedDirectoryFileIdIn(List<String> fileIds) {
            return builder().parsedDirectoryFileId(ParsedDirectoryFileId.builder()
                    .operator(ParsedDirectoryFileId.Operator.IN).valueOfStrings(fileIds).build()).build();
        }

        public Optional<ParsedDirectoryFileId> parsedDirectoryFileId() {
            return Optional.ofNullable(parsedDirectoryFileId);
        }

        ObjectNode toJson() {
            ObjectNode json = ObjectMappers.jsonMapper().createObjectNode();
            if (parsedDirectoryFileId != null) {
                json.set("parsed_directory_file_id", parsedDirectoryFileId.toJson());
            }
            return json;
        }

        public Builder toBuilder() {
            return new Builder().parsedDirectoryFileId(parsedDirectoryFileId);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StaticFilters
                    && Objects.equals(parsedDirectoryFileId, ((StaticFilters) o).parsedDirectoryFileId);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(parsedDirectoryFileId);
        }

        @Override
        public String toString() {
            return "StaticFilters{parsedDirectoryFileId=" + parsedDirectoryFileId + "}";
        }

        /** A builder for {@link StaticFilters}. */
        public static final class Builder {
            private ParsedDirectoryFileId parsedDirectoryFileId;

            private Builder() {}

            public Builder parsedDirectoryFileId(ParsedDirectoryFileId parsedDirectoryFileId) {
                this.parsedDirectoryFileId = parsedDirectoryFileId;
                return this;
            }

            public StaticFilters build() {
                return new StaticFilters(parsedDirectoryFileId);
            }
        }

        /** {@code {"operator": ..., "value": "id" | ["id", ...]}}. */
        public static final class ParsedDirectoryFileId {
            private final Operator operator;
            private final Object value;

            private ParsedDirectoryFileId(Operator operator, Object value) {
                this.operator = operator;
                this.value = value;
            }

            /** Required: {@code operator}, {@code value}. */
            public static Builder builder() {
                return new Builder();
            }

            public Operator operator() {
                return operator;
            }

            /** The single id, if the value is one. */
            public Optional<String> string() {
                return value instanceof String ? Optional.of((String) value) : Optional.empty();
            }

            /** The ids, if the value is a list. */
            @SuppressWarnings("unchecked")
            public Optional<List<String>> strings() {
                return value instanceof List ? Optional.of((List<String>) value) : Optional.empty();
            }

            ObjectNode toJson() {
                ObjectNode json = ObjectMappers.jsonMapper().createObjectNode();
                json.put("operator", operator.asString());
                json.set("value", ObjectMappers.jsonMapper().valueToTree(value));
                return json;
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof ParsedDirectoryFileId && operator.equals(((ParsedDirectoryFileId) o).operator)
                        && value.equals(((ParsedDirectoryFileId) o).value);
            }

            @Override
            public int hashCode() {
                return Objects.hash(operator, value);
            }

            @Override
            public String toString() {
                return "ParsedDirectoryFileId{operator=" + operator + ", value=" + value + "}";
            }

            /** A builder for {@link ParsedDirectoryFileId}. */
            public static final class Builder {
                private Operator operator;
                private Object value;

                private Builder() {}

                public Builder operator(Operator operator) {
                    this.operator = operator;
                    return this;
                }

                public Builder value(String value) {
                    this.value = value;
                    return this;
                }

                public Builder valueOfStrings(List<String> values) {
                    this.value = values == null ? null : List.copyOf(values);
                    return this;
                }

                /** @throws IllegalStateException if a required field is unset */
                public ParsedDirectoryFileId build() {
                    return new ParsedDirectoryFileId(Checks.required("operator", operator), Checks.required("value", value));
                }
            }

            /**
             * A filter operator. {@code in} and {@code nin} take a list value; the others a single one.
             * {@link #of(String)} sends any other string as-is.
             */
            public static final class Operator {
                public static final Operator EQ = new Operator("eq");
                public static final Operator NE = new Operator("ne");
                public static final Operator GT = new Operator("gt");
                public static final Operator GTE = new Operator("gte");
                public static final Operator LT = new Operator("lt");
                public static final Operator LTE = new Operator("lte");
                public static final Operator IN = new Operator("in");
                public static final Operator NIN = new Operator("nin");

                private final String value;

                private Operator(String value) {
                    this.value = value;
                }

                public static Operator of(String value) {
                    return new Operator(Checks.required("value", value));
                }

                public String asString() {
                    return value;
                }

                @Override
                public boolean equals(Object o) {
                    return o instanceof Operator && value.equals(((Operator) o).value);
                }

                @Override
                public int hashCode() {
                    return value.hashCode();
                }

                @Override
                public String toString() {
                    return value;
                }
            }
        }
    }
}
