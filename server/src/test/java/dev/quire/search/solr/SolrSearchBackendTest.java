package dev.quire.search.solr;

import dev.quire.search.SearchBackend;
import dev.quire.search.SearchBackendContract;
import dev.quire.search.SearchSettings;
import dev.quire.testing.SolrCloudProcess;
import org.junit.jupiter.api.AfterAll;

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
}
