package dev.quire.search.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The BM25 query of a free text, built exactly as the Lucene backend builds it: Solr analyses the
 * text with the content field's analyzer, each distinct term becomes one clause weighted by how
 * often it occurs, and a text with more than {@link #MAX_TERMS} distinct terms keeps only the
 * rarest in the collection (a 16 KB prompt would otherwise exceed Solr's clause limit).
 * Terms go in as parameters of the term parser, so they are neither re-analysed nor escaped.
 */
final class SolrTextQuery {
    static final int MAX_TERMS = 512;

    private final SolrHttp http;
    private final String collection;

    SolrTextQuery(SolrHttp http, String collection) {
        this.http = http;
        this.collection = collection;
    }

    /** The main query, or empty when the text has no searchable term (only stop words or punctuation). */
    Optional<String> of(String text, SolrParams params) {
        Map<String, Integer> counts = terms(text);
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>(counts.entrySet());
        if (kept.size() > MAX_TERMS) {
            Map<String, Long> docFreq = docFreqs(counts.keySet());
            // Rarest first; unseen terms last (they match nothing); stable, so earlier terms win ties.
            kept.sort(Comparator.comparingLong(e -> {
                long df = docFreq.getOrDefault(e.getKey(), 0L);
                return df == 0 ? Long.MAX_VALUE : df;
            }));
            kept = kept.subList(0, MAX_TERMS);
        }
        StringBuilder query = new StringBuilder("{!bool");
        for (Map.Entry<String, Integer> e : kept) {
            String term = "{!term f=" + SolrFields.CONTENT + " v=" + params.ref(e.getKey()) + "}";
            // BM25 is linear in the boost: one clause boosted n times scores like n clauses.
            String clause = e.getValue() == 1 ? term : "{!boost b=" + e.getValue() + " v=" + params.ref(term) + "}";
            query.append(" should=").append(params.ref(clause));
        }
        return Optional.of(query.append('}').toString());
    }

    /** The analysed terms of {@code text} with their counts, in order of first occurrence. */
    private Map<String, Integer> terms(String text) {
        JsonNode answer = http.postForm(collection + "/analysis/field", Map.of(
                "analysis.fieldname", SolrFields.CONTENT, "analysis.query", text, "wt", "json"));
        JsonNode stages = answer.path("analysis").path("field_names").path(SolrFields.CONTENT).path("query");
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (stages.size() == 0) {
            return counts;
        }
        // A flat list of (stage class, tokens) pairs: the last tokens are what the index holds.
        for (JsonNode token : stages.get(stages.size() - 1)) {
            counts.merge(token.path("text").asText(), 1, Integer::sum);
        }
        return counts;
    }

    private Map<String, Long> docFreqs(Iterable<String> terms) {
        StringBuilder list = new StringBuilder();
        for (String term : terms) {
            if (list.length() > 0) {
                list.append(',');
            }
            list.append(term.replace("\\", "\\\\").replace(",", "\\,"));
        }
        JsonNode answer = http.postForm(collection + "/terms", Map.of(
                "terms.fl", SolrFields.CONTENT, "terms.list", list.toString(), "wt", "json", "json.nl", "flat"));
        JsonNode flat = answer.path("terms").path(SolrFields.CONTENT);
        Map<String, Long> freq = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            freq.put(flat.get(i).asText(), flat.get(i + 1).asLong());
        }
        return freq;
    }
}
