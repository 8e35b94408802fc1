package dev.quire.telemetry;

import dev.quire.search.ChunkDoc;
import dev.quire.search.ChunkIndex;
import dev.quire.search.Filter;
import dev.quire.search.Hit;
import dev.quire.search.SearchBackend;
import dev.quire.search.StoredChunk;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;
import java.util.Set;

/**
 * The search backend with a span around every query and write that reaches Lucene or Solr
 * ({@code db.system} says which), so a slow request shows whether the index was the slow part.
 */
public final class TracedSearchBackend implements SearchBackend {
    private final SearchBackend delegate;
    private final Tracer tracer;
    private final String system;

    /** {@code system}: {@code lucene} or {@code solr}. */
    public TracedSearchBackend(SearchBackend delegate, Tracer tracer, String system) {
        this.delegate = delegate;
        this.tracer = tracer;
        this.system = system;
    }

    @Override
    public ChunkIndex index(String indexId, int dimension) {
        return new Traced(delegate.index(indexId, dimension));
    }

    @Override
    public void drop(String indexId) {
        delegate.drop(indexId);
    }

    @Override
    public List<String> storedIndexIds() {
        return delegate.storedIndexIds();
    }

    // Backups copy the delegate's files: tracing has nothing to add, but must not hide the capability.
    @Override
    public boolean backsUpOnline() {
        return delegate.backsUpOnline();
    }

    @Override
    public List<String> backup(java.nio.file.Path target, Runnable atSnapshot) {
        return delegate.backup(target, atSnapshot);
    }

    @Override
    public void close() {
        delegate.close();
    }

    private <T> T span(String operation, java.util.function.Supplier<T> work) {
        io.opentelemetry.api.trace.Span span = tracer.spanBuilder(system + " " + operation)
                .setAttribute("db.system", system).setAttribute("db.operation", operation).startSpan();
        try (io.opentelemetry.context.Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private final class Traced implements ChunkIndex {
        private final ChunkIndex index;

        Traced(ChunkIndex index) {
            this.index = index;
        }

        @Override
        public int dimension() {
            return index.dimension();
        }

        @Override
        public void replaceFile(String fileId, List<ChunkDoc> docs) {
            span("replace_file", () -> {
                index.replaceFile(fileId, docs);
                return null;
            });
        }

        @Override
        public void deleteFile(String fileId) {
            index.deleteFile(fileId);
        }

        @Override
        public void commit() {
            span("commit", () -> {
                index.commit();
                return null;
            });
        }

        @Override
        public Set<String> fileIds() {
            return index.fileIds();
        }

        @Override
        public int count() {
            return index.count();
        }

        @Override
        public List<StoredChunk> chunksOfFile(String fileId) {
            return index.chunksOfFile(fileId);
        }

        @Override
        public List<ChunkDoc> docsOfFile(String fileId) {
            return index.docsOfFile(fileId);
        }

        @Override
        public List<Hit> bm25(String text, Filter filter, int k) {
            return span("bm25", () -> index.bm25(text, filter, k));
        }

        @Override
        public List<Hit> vector(float[] queryVector, Filter filter, int k, int numCandidates) {
            return span("vector", () -> index.vector(queryVector, filter, k, numCandidates));
        }
    }
}
