package dev.quire.retrieval;

import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.http.JsonBody;
import dev.quire.http.RequestScope;
import dev.quire.http.Requests;
import dev.quire.http.Responses;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import io.javalin.http.Context;
import java.util.Optional;

/** HTTP routes of retrieval (contract §8). All read-only POSTs. */
public final class RetrievalRoutes implements RouteGroup {
    static final int MAX_TOP_K = RetrievalPolicy.MAX_TOP_K;
    static final int DEFAULT_TOP_K = 10;

    private final RetrievalService retrieval;
    private final FileTools files;

    public RetrievalRoutes(RetrievalService retrieval, FileTools files) {
        this.retrieval = retrieval;
        this.files = files;
    }

    @Override
    public void register(Router router) {
        router.tag("retrieval")
                .post("/api/v1/retrieval/retrieve", "Hybrid search over an index's chunks", RetrievalSchemas.RETRIEVE, this::retrieve)
                .post("/api/v1/retrieval/files/find", "Find an index's files by name", RetrievalSchemas.FIND, this::find)
                .post("/api/v1/retrieval/files/grep", "Regex matches in a parsed file", RetrievalSchemas.GREP, this::grep)
                .post("/api/v1/retrieval/files/read", "Read a window of a parsed file", RetrievalSchemas.READ, this::read);
    }

    private void retrieve(Context ctx) {
        JsonBody body = Requests.body(ctx);
        String indexId = body.requiredString("index_id");
        String query = body.requiredString("query");
        int topK = Math.min(body.optionalInt("top_k").orElse(DEFAULT_TOP_K), MAX_TOP_K);
        Optional<JsonBody> rerankBody = body.optionalChild("rerank");
        boolean rerank = rerankBody.flatMap(r -> r.optionalBoolean("enabled")).orElse(RetrievalPolicy.RERANK_BY_DEFAULT);
        Optional<Integer> topN = rerankBody.flatMap(r -> r.optionalInt("top_n"));
        Optional<Double> threshold = body.optionalNumber("score_threshold");
        Optional<Double> vectorWeight = body.optionalNumber("vector_pipeline_weight");
        Optional<Double> fullTextWeight = body.optionalNumber("full_text_pipeline_weight");
        Optional<Integer> candidates = body.optionalInt("num_candidates");
        body.validate();
        require(!query.isBlank(), "query", "query must not be empty", query);
        require(body.optionalInt("top_k").orElse(1) >= 1, "top_k", "top_k must be at least 1", topK);
        require(topN.orElse(1) >= 1, "rerank", "rerank.top_n must be at least 1", topN.orElse(null));
        require(candidates.orElse(1) >= 1, "num_candidates", "num_candidates must be at least 1", candidates.orElse(null));
        RetrievalPolicy.Weights weights = weights(fullTextWeight, vectorWeight);
        RetrieveRequest request = new RetrieveRequest(indexId, query, topK, rerank, Math.min(topN.orElse(topK), MAX_TOP_K),
                threshold, weights.fullText(), weights.vector(),
                Math.min(candidates.orElse(retrieval.policy().candidates(topK)), RetrievalPolicy.MAX_CANDIDATES),
                FilterParser.parse(body.raw("custom_filters"), body.raw("static_filters")));
        Responses.json(ctx, retrieval.retrieve(RequestScope.of(ctx).projectId(), request));
    }

    private static void requireUnitRange(String field, Optional<Double> weight) {
        require(weight.map(v -> v >= 0 && v <= 1).orElse(true), field, "weights must be within [0, 1]", weight.orElse(null));
    }

    /** Either weight may be 0 (that pipeline off); the policy fills in what the request leaves out. */
    private RetrievalPolicy.Weights weights(Optional<Double> fullText, Optional<Double> vector) {
        // Each error names the field it is about, as a client sent it.
        requireUnitRange("full_text_pipeline_weight", fullText);
        requireUnitRange("vector_pipeline_weight", vector);
        RetrievalPolicy.Weights weights = retrieval.policy().weights(fullText, vector);
        require(weights.fullText() > 0 || weights.vector() > 0, "pipeline_weight",
                "at least one pipeline weight must be positive", 0);
        return weights;
    }

    private void find(Context ctx) {
        JsonBody body = Requests.body(ctx);
        String indexId = body.requiredString("index_id");
        Optional<String> name = body.optionalString("file_name");
        Optional<String> contains = body.optionalString("file_name_contains");
        int pageSize = pageSize(ctx, body);
        Optional<String> token = pageToken(ctx, body);
        body.validate();
        Responses.json(ctx, files.find(RequestScope.of(ctx).projectId(), indexId, name, contains, pageSize, token));
    }

    private void grep(Context ctx) {
        JsonBody body = Requests.body(ctx);
        String indexId = body.requiredString("index_id");
        String fileId = body.requiredString("file_id");
        String pattern = body.requiredString("pattern");
        int context = body.optionalInt("context_chars").orElse(0);
        int pageSize = pageSize(ctx, body);
        Optional<String> token = pageToken(ctx, body);
        body.validate();
        require(context >= 0, "context_chars", "context_chars must be at least 0", context);
        Responses.json(ctx, files.grep(RequestScope.of(ctx).projectId(), indexId, fileId, pattern,
                Math.min(context, 10_000), pageSize, token));
    }

    private void read(Context ctx) {
        JsonBody body = Requests.body(ctx);
        String indexId = body.requiredString("index_id");
        String fileId = body.requiredString("file_id");
        int offset = body.optionalInt("offset").orElse(0);
        Optional<Integer> maxLength = body.optionalInt("max_length");
        body.validate();
        require(offset >= 0, "offset", "offset must be at least 0", offset);
        require(maxLength.orElse(1) >= 1, "max_length", "max_length must be at least 1", maxLength.orElse(null));
        Responses.json(ctx, files.read(RequestScope.of(ctx).projectId(), indexId, fileId, offset, maxLength));
    }

    /** POST pages: page_size from the body or the query string. */
    private static int pageSize(Context ctx, JsonBody body) {
        Optional<Integer> fromBody = body.optionalInt("page_size");
        return Requests.pageSize(fromBody.isPresent() ? fromBody : Requests.queryInt(ctx, "page_size"),
                fromBody.isPresent() ? "body" : "query");
    }

    /** The Go SDK resends the body and puts page_token in the query; when both are there, the query wins. */
    private static Optional<String> pageToken(Context ctx, JsonBody body) {
        Optional<String> fromQuery = Requests.query(ctx, "page_token");
        Optional<String> token = fromQuery.isPresent() ? fromQuery
                : body.optionalString("page_token").filter(t -> !t.isEmpty());
        return token.map(t -> Requests.verifiedToken(ctx, t));
    }

    private static void require(boolean ok, String field, String msg, Object input) {
        if (!ok) {
            throw ValidationException.of(FieldError.body("value_error", msg, input, field));
        }
    }
}
