package dev.quire.search.solr;

import static dev.quire.search.TestChunks.doc;
import static dev.quire.search.TestChunks.unit;
import static dev.quire.search.TestChunks.withSecondVector;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.search.ChunkIndex;
import dev.quire.search.Filter;
import dev.quire.search.Hit;
import dev.quire.search.SearchBackend;
import dev.quire.search.SearchBackendContract;
import dev.quire.search.SearchSettings;
import dev.quire.testing.SolrCloudProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The contract on a real two-node SolrCloud, two shards per collection so BM25 statistics must merge. */
class SolrSearchBackendTest extends SearchBackendContract {
    private SolrCloudProcess cluster;

    @Override
    protected SearchBackend openBackend() {
        if (cluster == null) {
            cluster = SolrCloudProcess.start();
        }
        return SolrSearchBackend.connect(SearchSettings.solr(cluster.zkHost(), 2, 1));
    }

    @Override
    protected boolean returnsVectors() {
        return false; // the schema does not store vectors: see SolrChunkIndex.docsOfFile
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            backend().close(); // before ZooKeeper goes away; closing again later is harmless
            cluster.close();
        }
    }

    @Test
    void a_collection_made_before_second_vectors_takes_chunks_with_them_and_returns_hits_without() throws IOException {
        SearchBackend backend = backend();
        String indexId = newIndexId();
        createWithConfigSetVersion1(SolrSearchBackend.PREFIX + indexId, 4);

        ChunkIndex index = backend.index(indexId, 4);
        index.replaceFile("f1", List.of(withSecondVector(doc("with", "f1", 0, "apple pie", unit(4, 0)), new float[] {1, 2}),
                doc("without", "f1", 1, "apple tart", unit(4, 1))));
        index.commit();

        assertThat(index.count()).isEqualTo(2);
        List<Hit> bm25 = index.bm25("apple", Filter.NONE, 5);
        List<Hit> vector = index.vector(unit(4, 0), Filter.NONE, 5, 10);
        assertThat(bm25).extracting(h -> h.chunk().chunkId()).containsExactlyInAnyOrder("with", "without");
        assertThat(vector).extracting(h -> h.chunk().chunkId()).containsExactly("with", "without");
        assertThat(bm25).extracting(Hit::secondVector).containsOnlyNulls();
        assertThat(vector).extracting(Hit::secondVector).containsOnlyNulls();
    }

    /**
     * Creates {@code collection} as a Quire build before configset version 2 did: with configset
     * {@code quire-v1-d<dimension>}, today's files without the second_vector field.
     */
    private void createWithConfigSetVersion1(String collection, int dimension) throws IOException {
        String schema = resource("schema.xml").replace("@DIMENSION@", Integer.toString(dimension));
        String field = "<field name=\"" + SolrFields.SECOND_VECTOR + "\"";
        assertThat(schema).contains(field);
        String oldSchema = schema.replaceAll("\\s*" + field + "[^>]*/>", "");
        assertThat(oldSchema).doesNotContain(field);
        String configSet = "quire-v1-d" + dimension;
        assertThat(configSet).isNotEqualTo(SolrConfigSet.name(dimension));
        try (SolrNodes nodes = SolrNodes.connect(cluster.zkHost())) {
            nodes.write("/configs/" + configSet + "/solrconfig.xml", resource("solrconfig.xml").replace("@DIMENSION@", Integer.toString(dimension))
                    .getBytes(StandardCharsets.UTF_8));
            nodes.write("/configs/" + configSet + "/schema.xml", oldSchema.getBytes(StandardCharsets.UTF_8));
            Map<String, String> create = new LinkedHashMap<>();
            create.put("action", "CREATE");
            create.put("name", collection);
            create.put("collection.configName", configSet);
            create.put("numShards", "2");
            create.put("replicationFactor", "1");
            create.put("waitForFinalState", "true");
            create.put("wt", "json");
            new SolrHttp(nodes, new ObjectMapper()).get("admin/collections", create);
        }
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = SolrConfigSet.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
