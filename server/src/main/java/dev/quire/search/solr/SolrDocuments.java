package dev.quire.search.solr;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.search.MetadataJson;
import dev.quire.search.ChunkDoc;
import dev.quire.search.Hit;
import dev.quire.search.MetadataValues;
import dev.quire.search.StoredChunk;
import dev.quire.search.VectorBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Chunks to and from Solr JSON, and the update requests that write them. */
final class SolrDocuments {

    private final ObjectMapper json;
    private final boolean storesSecondVectors;

    /**
     * @param storesSecondVectors whether the collection's schema has {@link SolrFields#SECOND_VECTOR}; when
     *                            not, second vectors are left out of writes (Solr would reject the field)
     */
    SolrDocuments(ObjectMapper json, boolean storesSecondVectors) {
        this.json = json;
        this.storesSecondVectors = storesSecondVectors;
    }

    /**
     * One update request that deletes a file's chunks and adds {@code docs}: Solr applies the
     * commands in order and nothing is visible before the next commit, so searches see the old
     * chunks or the new ones. The unique id is file id + chunk id, so chunk ids need only be unique
     * within a file, as in the Lucene backend.
     */
    byte[] replaceFile(String fileId, List<ChunkDoc> docs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("delete");
            g.writeStringField("query", "{!term f=" + SolrFields.FILE_ID + "}" + fileId);
            g.writeEndObject();
            for (ChunkDoc doc : docs) {
                g.writeFieldName("add"); // the JSON update format repeats "add" once per document
                g.writeStartObject();
                g.writeFieldName("doc");
                writeDoc(g, doc);
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeDoc(JsonGenerator g, ChunkDoc doc) throws IOException {
        StoredChunk c = doc.chunk();
        g.writeStartObject();
        g.writeStringField(SolrFields.ID, c.fileId() + "/" + c.chunkId());
        g.writeStringField(SolrFields.CHUNK_ID, c.chunkId());
        g.writeStringField(SolrFields.FILE_ID, c.fileId());
        g.writeNumberField(SolrFields.CHUNK_INDEX, c.chunkIndex());
        g.writeNumberField(SolrFields.START_CHAR, c.startChar());
        g.writeNumberField(SolrFields.END_CHAR, c.endChar());
        g.writeNumberField(SolrFields.TOKEN_COUNT, c.tokenCount());
        g.writeNumberField(SolrFields.PAGE_START, c.pageRangeStart());
        g.writeNumberField(SolrFields.PAGE_END, c.pageRangeEnd());
        g.writeStringField(SolrFields.CONTENT, c.content());
        g.writeFieldName(SolrFields.VECTOR);
        g.writeStartArray();
        for (float f : doc.vector()) {
            g.writeNumber(f); // a float's shortest form: Solr parses it back to the same float
        }
        g.writeEndArray();
        if (doc.secondVector() != null && storesSecondVectors) {
            g.writeFieldName(SolrFields.SECOND_VECTOR);
            g.writeBinary(VectorBytes.encode(doc.secondVector())); // base64, which a binary field decodes
        }
        g.writeStringField(SolrFields.METADATA_JSON, MetadataJson.write(json, c.metadata()));
        for (Map.Entry<String, Object> e : c.metadata().entrySet()) {
            writeMetadata(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** The same terms the Lucene backend indexes: a canonical keyword per scalar, numbers also as doubles. */
    private static void writeMetadata(JsonGenerator g, String key, Object value) throws IOException {
        List<?> values = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
        List<String> keywords = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (Object v : values) {
            if (v == null) {
                continue; // null is "missing": it matches only ne / nin, like an absent key
            }
            keywords.add(MetadataValues.canonical(v));
            if (v instanceof Number n) {
                numbers.add(MetadataValues.toDouble(n));
            }
        }
        if (!keywords.isEmpty()) {
            g.writeArrayFieldStart(SolrFields.keywordField(key));
            for (String k : keywords) {
                g.writeString(k);
            }
            g.writeEndArray();
        }
        if (!numbers.isEmpty()) {
            g.writeArrayFieldStart(SolrFields.numberField(key));
            for (double n : numbers) {
                g.writeNumber(n);
            }
            g.writeEndArray();
        }
    }

    Hit hit(JsonNode doc) {
        return new Hit(chunk(doc), doc.path("score").asDouble(), secondVector(doc));
    }

    /** The stored second vector, or null when the chunk has none (or its collection cannot store one). */
    private static float[] secondVector(JsonNode doc) {
        JsonNode value = doc.path(SolrFields.SECOND_VECTOR);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        byte[] bytes = Base64.getDecoder().decode(value.asText());
        return VectorBytes.decode(bytes, 0, bytes.length);
    }

    StoredChunk chunk(JsonNode doc) {
        return new StoredChunk(
                doc.path(SolrFields.CHUNK_ID).asText(),
                doc.path(SolrFields.FILE_ID).asText(),
                doc.path(SolrFields.CHUNK_INDEX).asInt(),
                doc.path(SolrFields.START_CHAR).asInt(),
                doc.path(SolrFields.END_CHAR).asInt(),
                doc.path(SolrFields.TOKEN_COUNT).asInt(),
                doc.path(SolrFields.PAGE_START).asInt(),
                doc.path(SolrFields.PAGE_END).asInt(),
                doc.path(SolrFields.CONTENT).asText(),
                MetadataJson.read(json, doc.path(SolrFields.METADATA_JSON).asText("{}")));
    }
}
