package dev.quire.search.solr;

/** Solr or ZooKeeper refused or failed a request; the message says which and why. */
final class SolrException extends RuntimeException {
    private final int status;

    SolrException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    SolrException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when no Solr node answered. */
    int status() {
        return status;
    }
}
