package dev.quire.search;

import dev.quire.search.lucene.LuceneSearchBackend;
import dev.quire.search.solr.SolrSearchBackend;
import java.nio.file.Path;

/** Builds the backend the settings name: the one place that knows the implementations. */
public final class SearchBackends {
    private SearchBackends() {
    }

    /**
     * Opens the backend. Lucene keeps its folders under {@code dataDir/indexes}; Solr checks that
     * ZooKeeper and a live Solr node answer, or throws {@link dev.quire.common.ConfigurationError}.
     */
    public static SearchBackend open(SearchSettings settings, Path dataDir) {
        return switch (settings.kind()) {
            case LUCENE -> new LuceneSearchBackend(dataDir.resolve("indexes"), settings.bm25());
            case SOLR -> SolrSearchBackend.connect(settings);
        };
    }
}
