package dev.quire.retrieval;

import dev.quire.admission.Admission;
import dev.quire.admission.Lane;
import dev.quire.errors.ApiException;
import dev.quire.indexes.AttachmentStore;
import dev.quire.indexes.Index;
import dev.quire.indexes.IndexService;
import dev.quire.ingest.Embedder;
import dev.quire.search.Fusion;
import dev.quire.search.Hit;
import dev.quire.search.HybridQuery;
import dev.quire.search.HybridSearch;
import dev.quire.search.SearchBackend;
import dev.quire.search.StoredChunk;
import dev.quire.telemetry.Metrics;
import dev.quire.telemetry.Tracing;
import io.opentelemetry.api.trace.Tracer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hybrid retrieval over an index: BM25 and vector candidates, fused, optionally reranked, cut by
 * score threshold and top_k. Filters run inside both searches, so a filter never makes top_k come
 * back short while matches exist.
 */
public final class RetrievalService {
    private static final Pattern SCREENSHOT = Pattern.compile("screenshots/page_(\\d+)\\.jpg");

    private final IndexService indexes;
    private final SearchBackend search;
    private final AttachmentStore attachments;
    private final Embedder embedder;
    private final Optional<Embedder> secondEmbedder;
    private final Fusion fusion;
    private final Optional<Reranker> reranker;
    private final RetrievalPolicy policy;
    private final Metrics metrics;
    private final Tracer tracer;
    private final Admission admission;
    private final Executor queryWorkers;

    public RetrievalService(IndexService indexes, SearchBackend search, AttachmentStore attachments,
                            Embedder embedder, Optional<Embedder> secondEmbedder, Fusion fusion,
                            Optional<Reranker> reranker, RetrievalPolicy policy) {
        this(indexes, search, attachments, embedder, secondEmbedder, fusion, reranker, policy, Metrics.NONE,
                io.opentelemetry.api.OpenTelemetry.noop().getTracer("quire"),
                new Admission(new Admission.Settings(2 * Runtime.getRuntime().availableProcessors(), 256,
                        java.time.Duration.ofSeconds(10))), Runnable::run);
    }

    /**
     * {@code admission}: query embedding and search run under it, the rest of a retrieval does not.
     * {@code secondEmbedder}: the second embedding model, whose vote hybrid requests get at the policy's weight.
     * {@code queryWorkers}: where the second model embeds a query and BM25 then searches while the first
     * model embeds on the request's thread (one thread per retrieval holding a permit is enough never to queue).
     */
    public RetrievalService(IndexService indexes, SearchBackend search, AttachmentStore attachments,
                            Embedder embedder, Optional<Embedder> secondEmbedder, Fusion fusion,
                            Optional<Reranker> reranker, RetrievalPolicy policy,
                            Metrics metrics, Tracer tracer, Admission admission, Executor queryWorkers) {
        this.queryWorkers = queryWorkers;
        this.secondEmbedder = secondEmbedder;
        this.admission = admission;
        this.metrics = metrics;
        this.tracer = tracer;
        this.indexes = indexes;
        this.search = search;
        this.attachments = attachments;
        this.embedder = embedder;
        this.fusion = fusion;
        this.reranker = reranker;
        this.policy = policy;
    }

    /** The defaults every caller applies to what a request leaves out (the API route and the chat agent). */
    public RetrievalPolicy policy() {
        return policy;
    }

    /** A queryable index of the project: exported at least once, with vectors, built by our model. */
    public Index queryable(String projectId, String indexId) {
        Index index = indexes.live(projectId, indexId);
        if (!index.hasExport()) {
            throw new ApiException.Conflict("Index is not ready");
        }
        if (!index.vectorsEnabled()) {
            throw new ApiException.BadRequest("Index " + index.id() + " was created with vector_target DISABLED; "
                    + "use find, grep and read");
        }
        if (!index.embeddingModel().equals(embedder.modelName()) || index.embeddingDimension() != embedder.dimension()) {
            throw new ApiException.Conflict("Index " + index.id() + " was built with " + index.embeddingModel()
                    + " but the server now embeds with " + embedder.modelName() + "; re-create the index");
        }
        return index;
    }

    /** A retrieval for an API or MCP client ({@link Lane#RETRIEVE}). */
    public RetrievalResult.Response retrieve(String projectId, RetrieveRequest request) {
        return retrieve(projectId, request, Lane.RETRIEVE);
    }

    /**
     * One retrieval, measured and traced as a {@code retrieve} span (embedding and search are its
     * children); its embedding and search wait their turn in {@code lane}.
     *
     * @throws ApiException.TooBusy when the server is saturated and the request waited too long
     */
    public RetrievalResult.Response retrieve(String projectId, RetrieveRequest request, Lane lane) {
        long started = System.nanoTime();
        RetrievalResult.Response response = Tracing.span(tracer, "retrieve", () -> search(projectId, request, lane));
        metrics.retrieved(System.nanoTime() - started);
        return response;
    }

    private RetrievalResult.Response search(String projectId, RetrieveRequest request, Lane lane) {
        Index index = queryable(projectId, request.indexId());
        boolean rerank = request.rerank() && reranker.isPresent();
        int firstStage = rerank ? Math.max(request.topK(), request.rerankTopN()) : request.topK();
        // Embedding and search are the CPU-bound part: they hold a permit; database reads and the
        // reranker's HTTP call do not. (With a remote embedding service the permit also bounds the
        // calls to it, which is no worse than letting every request call it at once.)
        double secondWeight = secondEmbedder.isPresent()
                ? policy.secondModelWeight(request.fullTextWeight(), request.vectorWeight()) : 0;
        List<Hit> hits = admission.call(lane, () -> embedAndSearch(index, request, firstStage, secondWeight));
        if (request.scoreThreshold().isPresent()) {
            double threshold = request.scoreThreshold().get();
            hits = hits.stream().filter(h -> h.score() >= threshold).toList();
        }
        List<Double> rerankScores = rerank ? rerankScores(request.query(), hits) : null;
        List<RetrievalResult> results = new ArrayList<>();
        Map<String, List<AttachmentStore.Attachment>> attachmentsByFile = attachments.attachments(index.id(),
                hits.stream().map(h -> h.chunk().fileId()).collect(java.util.stream.Collectors.toSet()));
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            results.add(result(hit, rerankScores == null ? null : rerankScores.get(i),
                    attachmentsByFile.get(hit.chunk().fileId())));
        }
        if (rerank) {
            results.sort(Comparator.comparing(RetrievalResult::rerankScore).reversed());
            results = results.subList(0, Math.min(request.rerankTopN(), results.size()));
        }
        return new RetrievalResult.Response(List.copyOf(results.subList(0, Math.min(request.topK(), results.size()))));
    }

    /** What a hybrid query computes beside the first model's query vector. */
    private record Beside(float[] secondVector, List<Hit> fullText) {}

    /**
     * The query's vectors and its search. The first model embeds on this thread; meanwhile another thread
     * embeds with the second model and then runs BM25, which needs no vector (each model call runs on one
     * thread, see {@code OnnxEmbedder}, so on two cores the query costs about as long as the first model's
     * call plus the vector search and fusion).
     */
    private List<Hit> embedAndSearch(Index index, RetrieveRequest request, int firstStage, double secondWeight) {
        HybridSearch hybrid = new HybridSearch(search.index(index.id(), index.embeddingDimension()), fusion);
        int candidates = Math.max(firstStage, request.candidates());
        boolean first = request.vectorWeight() > 0;
        Supplier<Beside> beside = () -> new Beside(
                secondWeight > 0 ? secondEmbedder.orElseThrow().embedQuery(request.query()) : null,
                request.fullTextWeight() > 0 ? hybrid.fullText(request.query(), request.filter(), candidates) : List.of());
        // Another thread only when both sides have work: a vector-only or BM25-only query runs here alone.
        boolean overlap = first && (secondWeight > 0 || request.fullTextWeight() > 0);
        CompletableFuture<Beside> other = overlap ? CompletableFuture.supplyAsync(beside, queryWorkers)
                : CompletableFuture.completedFuture(beside.get());
        float[] vector = first ? embedder.embedQuery(request.query()) : null;
        Beside computed;
        try {
            computed = other.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return hybrid.search(new HybridQuery(request.query(), vector, request.filter(), firstStage, candidates,
                request.fullTextWeight(), request.vectorWeight(), computed.secondVector(), secondWeight),
                computed.fullText());
    }

    private List<Double> rerankScores(String query, List<Hit> hits) {
        try {
            return reranker.orElseThrow().score(query, hits.stream().map(h -> h.chunk().content()).toList());
        } catch (HttpReranker.RerankException e) {
            throw new ApiException.BadGateway("Reranking failed: " + e.getMessage());
        }
    }

    private static RetrievalResult result(Hit hit, Double rerankScore, List<AttachmentStore.Attachment> fileAttachments) {
        StoredChunk c = hit.chunk();
        List<RetrievalResult.AttachmentRef> refs = new ArrayList<>();
        for (AttachmentStore.Attachment a : fileAttachments) {
            Matcher m = SCREENSHOT.matcher(a.name());
            if (m.matches()) {
                int page = Integer.parseInt(m.group(1));
                if (page >= c.pageRangeStart() && page <= c.pageRangeEnd()) {
                    refs.add(new RetrievalResult.AttachmentRef(a.name(), c.fileId(), "screenshot"));
                }
            }
        }
        return new RetrievalResult(c.content(), c.metadata(), hit.score(), rerankScore,
                new RetrievalResult.StaticFields(List.copyOf(refs), c.startChar(), c.endChar(), c.chunkIndex(),
                        c.tokenCount(), c.pageRangeStart(), c.pageRangeEnd(), c.fileId()));
    }
}
