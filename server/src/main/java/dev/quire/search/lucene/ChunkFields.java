package dev.quire.search.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.search.MetadataJson;
import dev.quire.search.ChunkDoc;
import dev.quire.search.Condition;
import dev.quire.search.Filter;
import dev.quire.search.MetadataValues;
import dev.quire.search.Operator;
import dev.quire.search.StoredChunk;
import dev.quire.search.VectorBytes;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene document layout of a chunk: the one place that knows field names, so indexing,
 * filtering and reading stay consistent.
 */
final class ChunkFields {
    static final String CHUNK_ID = "chunk_id";
    static final String FILE_ID = "file_id";
    static final String CHUNK_INDEX = "chunk_index";
    static final String START_CHAR = "chunk_start_char";
    static final String END_CHAR = "chunk_end_char";
    static final String TOKEN_COUNT = "chunk_token_count";
    static final String PAGE_START = "page_range_start";
    static final String PAGE_END = "page_range_end";
    static final String CONTENT = "content";
    /** Indexed, not stored: the file's title line and the chunk's headings ({@link FileTitle}). */
    static final String TITLE = "title";
    static final String VECTOR = "vector";
    static final String METADATA_JSON = "metadata_json";
    /**
     * Stored only ({@link VectorBytes}), absent when the chunk has none: fusion scores with it only
     * candidates the other rankings found, so it needs no HNSW graph. Indexes written before it existed
     * simply lack it, which reads as "no second vector", so it needs no layout upgrade.
     */
    static final String SECOND_VECTOR = "second_vector";
    /** Prefixes keep user keys apart from our fields and from each other's kinds. */
    private static final String KEYWORD_PREFIX = "mk.";
    private static final String NUMBER_PREFIX = "mn.";


    private final ObjectMapper json;

    ChunkFields(ObjectMapper json) {
        this.json = json;
    }

    static String keywordField(String key) {
        return KEYWORD_PREFIX + key;
    }

    static String numberField(String key) {
        return NUMBER_PREFIX + key;
    }

    /** @param fileTitle the title line of the chunk's file ({@link FileTitle#of}), or "" */
    Document toDocument(ChunkDoc doc, String fileTitle) {
        StoredChunk chunk = doc.chunk();
        Document document = new Document();
        document.add(new StringField(CHUNK_ID, chunk.chunkId(), Field.Store.YES));
        document.add(new StringField(FILE_ID, chunk.fileId(), Field.Store.YES));
        document.add(new StoredField(CHUNK_INDEX, chunk.chunkIndex()));
        document.add(new StoredField(START_CHAR, chunk.startChar()));
        document.add(new StoredField(END_CHAR, chunk.endChar()));
        document.add(new StoredField(TOKEN_COUNT, chunk.tokenCount()));
        document.add(new StoredField(PAGE_START, chunk.pageRangeStart()));
        document.add(new StoredField(PAGE_END, chunk.pageRangeEnd()));
        document.add(new TextField(CONTENT, chunk.content(), Field.Store.YES));
        String title = FileTitle.field(fileTitle, chunk);
        if (!title.isEmpty()) {
            document.add(new TextField(TITLE, title, Field.Store.NO));
        }
        document.add(new KnnFloatVectorField(VECTOR, doc.vector(), VectorSimilarityFunction.COSINE));
        if (doc.secondVector() != null) {
            document.add(new StoredField(SECOND_VECTOR, VectorBytes.encode(doc.secondVector())));
        }
        document.add(new StoredField(METADATA_JSON, MetadataJson.write(json, chunk.metadata())));
        chunk.metadata().forEach((key, value) -> addMetadata(document, key, value));
        return document;
    }

    private static void addMetadata(Document document, String key, Object value) {
        if (value instanceof List<?> list) {
            list.forEach(element -> addMetadata(document, key, element));
            return;
        }
        if (value == null) {
            return; // null is "missing": it matches only ne / nin, like an absent key
        }
        document.add(new StringField(keywordField(key), MetadataValues.canonical(value), Field.Store.NO));
        if (value instanceof Number number) {
            document.add(new DoublePoint(numberField(key), MetadataValues.toDouble(number)));
        }
    }

    StoredChunk fromDocument(Document document) {
        return new StoredChunk(
                document.get(CHUNK_ID),
                document.get(FILE_ID),
                intField(document, CHUNK_INDEX),
                intField(document, START_CHAR),
                intField(document, END_CHAR),
                intField(document, TOKEN_COUNT),
                intField(document, PAGE_START),
                intField(document, PAGE_END),
                document.get(CONTENT),
                MetadataJson.read(json, document.get(METADATA_JSON)));
    }

    /** The chunk's second vector as written, or null when it has none. */
    static float[] secondVector(Document document) {
        BytesRef bytes = document.getBinaryValue(SECOND_VECTOR);
        return bytes == null ? null : VectorBytes.decode(bytes.bytes, bytes.offset, bytes.length);
    }

    private static int intField(Document document, String name) {
        return document.getField(name).numericValue().intValue();
    }
}
