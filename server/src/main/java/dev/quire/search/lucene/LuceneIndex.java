package dev.quire.search.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.search.Bm25Boosts;
import dev.quire.search.ChunkChecks;
import dev.quire.search.ChunkDoc;
import dev.quire.search.ChunkIndex;
import dev.quire.search.Filter;
import dev.quire.search.Hit;
import dev.quire.search.StoredChunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * One Quire index on disk: chunks searchable by BM25 over their text and by HNSW over their
 * vectors, both filtered by {@link Filter}.
 *
 * <pre>{@code
 * try (LuceneIndex index = LuceneIndex.open(dir, 384)) {
 *     index.replaceFile("file-1", docs);
 *     index.commit(); // now visible to searches, and durable
 *     List<Hit> hits = index.bm25("refund policy", Filter.NONE, 10);
 * }
 * }</pre>
 *
 * <p>Writes become visible only at {@link #commit()}: searches see the last committed state, so
 * a file's old and new chunks are never seen together. Thread-safe.
 */
public final class LuceneIndex implements ChunkIndex, AutoCloseable {
    /** Commit user data naming the document layout; absent before chunks had a title field. */
    static final String LAYOUT_KEY = "quire.layout";
    /** 2: chunks have a title field ({@link FileTitle}). */
    static final String LAYOUT = "2";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LuceneIndex.class);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final int dimension;
    private final SnapshotDeletionPolicy snapshots;
    private final Lock commitLock;
    private final ChunkFields fields = new ChunkFields(new ObjectMapper());
    private final Bm25Boosts bm25Boosts;

    private LuceneIndex(Directory directory, IndexWriter writer, SearcherManager searchers, Analyzer analyzer,
                        int dimension, SnapshotDeletionPolicy snapshots, Lock commitLock, Bm25Boosts bm25Boosts) {
        this.bm25Boosts = bm25Boosts;
        this.snapshots = snapshots;
        this.commitLock = commitLock;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.dimension = dimension;
    }

    /** Opens or creates the index in {@code dir}, analysing text with {@link EnglishAnalyzer}. */
    public static LuceneIndex open(Path dir, int dimension) {
        return open(dir, dimension, new EnglishAnalyzer());
    }

    /** As {@link #open(Path, int)} with another analyzer; an index must keep the analyzer it was built with. */
    public static LuceneIndex open(Path dir, int dimension, Analyzer analyzer) {
        return open(dir, dimension, analyzer, new ReentrantLock()); // uncontended: no backup sees it
    }

    /**
     * As {@link #open(Path, int, Analyzer)}; every commit holds {@code commitLock}, so that whoever holds the
     * matching write lock (an online backup) sees no commit happen meanwhile.
     */
    static LuceneIndex open(Path dir, int dimension, Analyzer analyzer, Lock commitLock) {
        return open(dir, dimension, analyzer, commitLock, Bm25Boosts.NONE);
    }

    /**
     * As {@link #open(Path, int, Analyzer, Lock)}, ranking BM25 with {@code bm25Boosts}. An index written
     * before chunks had a title field (no {@value #LAYOUT_KEY} in its last commit) gets one here: every
     * file's chunks are read back with their vectors and written again (no re-embedding), once.
     */
    static LuceneIndex open(Path dir, int dimension, Analyzer analyzer, Lock commitLock, Bm25Boosts bm25Boosts) {
        ChunkChecks.dimension(dimension);
        Directory directory = null;
        IndexWriter writer = null;
        try {
            directory = FSDirectory.open(dir);
            // Keeps a commit's files while a backup copies them, however many commits follow.
            SnapshotDeletionPolicy snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // Fewer, larger flushed segments: less HNSW graph rebuilding in merges while syncing.
                    .setRAMBufferSizeMB(64)
                    // Only commit() makes changes durable: a crash or close mid-sync leaves the last commit.
                    .setCommitOnClose(false)
                    .setCodec(new QuireCodec())
                    .setIndexDeletionPolicy(snapshots);
            writer = new IndexWriter(directory, config);
            // Searchers come from the writer but are refreshed only in commit(): see the class doc.
            SearcherManager searchers = new SearcherManager(writer, null);
            LuceneIndex index = new LuceneIndex(directory, writer, searchers, analyzer, dimension, snapshots, commitLock,
                    bm25Boosts);
            try {
                index.upgradeLayout(dir);
            } catch (RuntimeException e) {
                index.close(); // releases the write lock; the old layout stays as it was committed
                throw e;
            }
            return index;
        } catch (IOException e) {
            closeQuietly(writer);
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open Lucene index at " + dir, e);
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Rewrites the chunks of an index of an older layout in the current one (see {@link #open}). */
    private void upgradeLayout(Path dir) {
        java.util.Map<String, String> data = new java.util.HashMap<>();
        Iterable<java.util.Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (LAYOUT.equals(data.get(LAYOUT_KEY))) {
            return;
        }
        data.put(LAYOUT_KEY, LAYOUT);
        if (writer.getDocStats().numDocs == 0) {
            writer.setLiveCommitData(data.entrySet()); // new: every chunk will be written in this layout
            return;
        }
        long started = System.nanoTime();
        java.util.Set<String> files = fileIds();
        for (String fileId : files) {
            replaceFile(fileId, docsOfFile(fileId));
        }
        writer.setLiveCommitData(data.entrySet());
        commit();
        LOG.info("index {}: added the title field to the chunks of {} files in {} ms", dir.toAbsolutePath(), files.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Replaces every chunk of {@code fileId} with {@code docs}; visible at the next commit. */
    @Override
    public void replaceFile(String fileId, List<ChunkDoc> docs) {
        ChunkChecks.docs(fileId, docs, dimension);
        List<Document> documents = new ArrayList<>(docs.size());
        String title = FileTitle.of(docs);
        for (ChunkDoc doc : docs) {
            documents.add(fields.toDocument(doc, title));
        }
        try {
            if (documents.isEmpty()) {
                // An update with no documents leaves IndexWriter's RAM accounting off (an assertion
                // fails at close); a plain delete is the same change.
                writer.deleteDocuments(new Term(ChunkFields.FILE_ID, fileId));
                return;
            }
            // One call: Lucene applies the delete and the adds together, never half of them.
            writer.updateDocuments(new Term(ChunkFields.FILE_ID, fileId), documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index file " + fileId, e);
        }
    }

    @Override
    public void deleteFile(String fileId) {
        try {
            writer.deleteDocuments(new Term(ChunkFields.FILE_ID, fileId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete file " + fileId, e);
        }
    }

    /** Makes all changes so far durable and visible to searches. */
    @Override
    public void commit() {
        commitLock.lock();
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit index", e);
        } finally {
            commitLock.unlock();
        }
    }

    /**
     * Hard-links (or copies, across file systems) the files of the last commit into {@code target}, which
     * then holds a complete index as of that commit; returns false when nothing was ever committed. The
     * commit is pinned while its files are linked, so a commit or merge meanwhile cannot delete them.
     */
    boolean snapshotInto(Path target) {
        IndexCommit commit;
        try {
            commit = snapshots.snapshot();
        } catch (IllegalStateException e) {
            return false; // no commit yet: nothing searchable to back up
        } catch (IOException e) {
            throw new UncheckedIOException("cannot snapshot index", e);
        }
        try {
            Path source = ((FSDirectory) org.apache.lucene.store.FilterDirectory.unwrap(directory)).getDirectory();
            LuceneSearchBackend.linkFiles(source, commit.getFileNames(), target);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot snapshot index", e);
        } finally {
            try {
                snapshots.release(commit);
                writer.deleteUnusedFiles();
            } catch (IOException e) {
                // The files stay until the next commit removes them; the backup itself is complete.
            }
        }
    }

    /** Ids of the files that have visible chunks. */
    @Override
    public java.util.Set<String> fileIds() {
        return withSearcher(searcher -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.index.Terms terms = leaf.reader().terms(ChunkFields.FILE_ID);
                if (terms == null) {
                    continue;
                }
                org.apache.lucene.index.PostingsEnum docs = null;
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                org.apache.lucene.index.TermsEnum term = terms.iterator();
                for (org.apache.lucene.util.BytesRef id = term.next(); id != null; id = term.next()) {
                    docs = term.postings(docs, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int d = docs.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                         d = docs.nextDoc()) {
                        if (live == null || live.get(d)) { // deleted chunks keep their terms until merged
                            ids.add(id.utf8ToString());
                            break;
                        }
                    }
                }
            }
            return ids;
        });
    }

    /** Number of chunks visible to searches. */
    @Override
    public int count() {
        return withSearcher(searcher -> searcher.count(new MatchAllDocsQuery()));
    }

    /** The visible chunks of one file in chunk order. */
    @Override
    public List<StoredChunk> chunksOfFile(String fileId) {
        return withSearcher(searcher -> {
            TermQuery query = new TermQuery(new Term(ChunkFields.FILE_ID, fileId));
            int total = searcher.count(query);
            if (total == 0) {
                return List.of();
            }
            List<StoredChunk> chunks = new ArrayList<>(total);
            for (Hit hit : hits(searcher, searcher.search(query, total))) {
                chunks.add(hit.chunk());
            }
            chunks.sort(Comparator.comparingInt(StoredChunk::chunkIndex));
            return List.copyOf(chunks);
        });
    }

    /**
     * The visible chunks of one file with their vectors, read back from the vector values the HNSW
     * graph was built from (the exact floats indexed), and their stored second vectors.
     */
    @Override
    public List<ChunkDoc> docsOfFile(String fileId) {
        return withSearcher(searcher -> {
            List<ChunkDoc> docs = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                readDocs(leaf.reader(), fileId, docs);
            }
            docs.sort(Comparator.comparingInt(d -> d.chunk().chunkIndex()));
            return List.copyOf(docs);
        });
    }

    private void readDocs(LeafReader reader, String fileId, List<ChunkDoc> into) throws IOException {
        PostingsEnum postings = reader.postings(new Term(ChunkFields.FILE_ID, fileId), PostingsEnum.NONE);
        FloatVectorValues vectors = reader.getFloatVectorValues(ChunkFields.VECTOR);
        if (postings == null || vectors == null) {
            return;
        }
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        // Postings come in doc id order, so one forward pass over the vector values serves them all.
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            if (live != null && !live.get(d)) {
                continue;
            }
            if (vectors.docID() > d || vectors.advance(d) != d) {
                throw new IllegalStateException("chunk without a vector in file " + fileId);
            }
            Document document = stored.document(d);
            // vectorValue() may reuse its array for the next document: copy it.
            into.add(new ChunkDoc(fields.fromDocument(document), vectors.vectorValue().clone(),
                    ChunkFields.secondVector(document)));
        }
    }

    /** Best {@code k} BM25 matches for {@code text} among chunks passing {@code filter}. */
    @Override
    public List<Hit> bm25(String text, Filter filter, int k) {
        ChunkChecks.k(k);
        return withSearcher(searcher -> {
            Query terms = Bm25Query.of(analyzer, text, searcher.getIndexReader(), bm25Boosts);
            if (terms == null) {
                return List.<Hit>of(); // only stop words or punctuation
            }
            Query query = new BooleanQuery.Builder()
                    .add(terms, Occur.MUST)
                    .add(FilterQueries.toQuery(filter), Occur.FILTER)
                    .build();
            return hits(searcher, searcher.search(query, k));
        });
    }

    /**
     * Nearest {@code k} chunks to {@code queryVector} among those passing {@code filter}.
     * The filter runs inside the HNSW search (Lucene falls back to exact search when it is very
     * selective), so k results come back whenever k chunks pass.
     *
     * @param numCandidates HNSW beam width; more is slower and more accurate (at least k is used)
     */
    @Override
    public List<Hit> vector(float[] queryVector, Filter filter, int k, int numCandidates) {
        ChunkChecks.k(k);
        ChunkChecks.queryVector(queryVector, dimension);
        Query filterQuery = filter.isEmpty() ? null : FilterQueries.toQuery(filter);
        Query query = new KnnFloatVectorQuery(ChunkFields.VECTOR, queryVector, Math.max(k, numCandidates), filterQuery);
        return withSearcher(searcher -> hits(searcher, searcher.search(query, k)));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close(); // drops uncommitted changes: see setCommitOnClose
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close index", e);
        }
    }

    private List<Hit> hits(IndexSearcher searcher, TopDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            Document document = stored.document(scoreDoc.doc);
            hits.add(new Hit(fields.fromDocument(document), scoreDoc.score, ChunkFields.secondVector(document)));
        }
        return List.copyOf(hits);
    }

    private <T> T withSearcher(SearcherFunction<T> function) {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return function.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            if (searcher != null) {
                release(searcher);
            }
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release searcher", e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Already failing with the open error, which matters more.
        }
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
