package dev.quire.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The BM25 query of a free text: one SHOULD clause per distinct analysed term, boosted by how often
 * the term occurs (BM25 is linear in the boost, so this scores exactly like one clause per
 * occurrence). A long text (a pasted page, a 16 KB chat prompt) has more distinct terms than Lucene
 * allows clauses (1024): only the {@link #MAX_TERMS} rarest terms in the index are kept, as they
 * carry nearly all of the score, and terms the index has never seen match nothing anyway.
 */
final class TermsQuery {
    /** Well below Lucene's clause limit, which also counts the filter's clauses. */
    static final int MAX_TERMS = 512;

    private TermsQuery() {}

    /** The query, or null when the text has no searchable term (only stop words or punctuation). */
    static Query of(Analyzer analyzer, String field, String text, IndexReader reader) {
        Map<String, Integer> counts = terms(analyzer, field, text);
        if (counts.isEmpty()) {
            return null;
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>(counts.entrySet());
        if (kept.size() > MAX_TERMS) {
            Map<String, Integer> docFreq = new LinkedHashMap<>();
            for (String term : counts.keySet()) {
                docFreq.put(term, docFreq(reader, new Term(field, term)));
            }
            // Rarest first; unseen terms last (they match nothing); stable, so earlier terms win ties.
            kept.sort(Comparator.comparingLong(e -> {
                int df = docFreq.get(e.getKey());
                return df == 0 ? Long.MAX_VALUE : df;
            }));
            kept = kept.subList(0, MAX_TERMS);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Integer> e : kept) {
            Query term = new TermQuery(new Term(field, e.getKey()));
            query.add(e.getValue() == 1 ? term : new BoostQuery(term, e.getValue()), Occur.SHOULD);
        }
        return query.build();
    }

    private static Map<String, Integer> terms(Analyzer analyzer, String field, String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private static int docFreq(IndexReader reader, Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
