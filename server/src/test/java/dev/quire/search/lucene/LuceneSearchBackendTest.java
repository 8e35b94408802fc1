package dev.quire.search.lucene;

import dev.quire.search.SearchBackend;
import dev.quire.search.SearchBackendContract;

class LuceneSearchBackendTest extends SearchBackendContract {
    @Override
    protected SearchBackend openBackend() {
        return new LuceneSearchBackend(temporaryDirectory());
    }
}
