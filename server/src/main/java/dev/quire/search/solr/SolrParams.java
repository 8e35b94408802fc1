package dev.quire.search.solr;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request parameters referenced from local-params queries ({@code {!term f=file_id v=$p0}}), so
 * user text never has to be escaped into query syntax.
 */
final class SolrParams {
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Adds {@code value} as a new parameter and returns the reference to it ({@code $p3}). */
    String ref(String value) {
        String name = "p" + values.size();
        values.put(name, value);
        return "$" + name;
    }

    Map<String, String> values() {
        return values;
    }
}
