package dev.quire.search.solr;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Field names of the chunk schema (schema.xml beside this class); the twin of the Lucene layout. */
final class SolrFields {
    static final String ID = "id";
    static final String CHUNK_ID = "chunk_id";
    static final String FILE_ID = "file_id";
    static final String CHUNK_INDEX = "chunk_index";
    static final String START_CHAR = "chunk_start_char";
    static final String END_CHAR = "chunk_end_char";
    static final String TOKEN_COUNT = "chunk_token_count";
    static final String PAGE_START = "page_range_start";
    static final String PAGE_END = "page_range_end";
    static final String CONTENT = "content";
    static final String VECTOR = "vector";
    static final String METADATA_JSON = "metadata_json";
    /** Base64 of {@link dev.quire.search.VectorBytes} in a stored-only binary field; configsets from version 2. */
    static final String SECOND_VECTOR = "second_vector";
    /**
     * What a search reads back: everything stored, and the score. Solr skips names a schema lacks, so
     * this serves collections made before {@link #SECOND_VECTOR} existed too.
     */
    static final String RETURNED = String.join(",", CHUNK_ID, FILE_ID, CHUNK_INDEX, START_CHAR, END_CHAR,
            TOKEN_COUNT, PAGE_START, PAGE_END, CONTENT, METADATA_JSON, SECOND_VECTOR, "score");

    private SolrFields() {
    }

    /** Any metadata key, hex-encoded into a name that needs no escaping anywhere in Solr. */
    static String keywordField(String key) {
        return "mk_" + hex(key);
    }

    static String numberField(String key) {
        return "mn_" + hex(key);
    }

    private static String hex(String key) {
        return HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
    }
}
