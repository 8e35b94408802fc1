package dev.quire.search.lucene;

import dev.quire.search.Bm25Boosts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The BM25 query of a free text: the text's terms over the chunk text ({@link TermsQuery}), plus, as
 * {@link Bm25Boosts} asks, the same terms over the title field (BM25F-like: text + title x boost) and
 * phrase clauses (the whole query when it has 2-{@value #MAX_PHRASE_TERMS} terms, within one position
 * of slop; each quoted span exactly). The extra clauses only add score: a chunk matches when one of
 * its text's terms does, as without them.
 */
final class Bm25Query {
    /** Longer queries (a pasted argument, a chat prompt) almost never recur as a phrase. */
    static final int MAX_PHRASE_TERMS = 12;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private Bm25Query() {}

    /** The query, or null when the text has no searchable term (only stop words or punctuation). */
    static Query of(Analyzer analyzer, String text, IndexReader reader, Bm25Boosts boosts) {
        Query content = TermsQuery.of(analyzer, ChunkFields.CONTENT, text, reader);
        if (content == null || !boosts.any()) {
            return content;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(content, Occur.MUST);
        if (boosts.title() > 0) {
            Query title = TermsQuery.of(analyzer, ChunkFields.TITLE, text, reader);
            if (title != null) {
                query.add(new BoostQuery(title, (float) boosts.title()), Occur.SHOULD);
            }
        }
        if (boosts.phrase() > 0) {
            for (Query phrase : phrases(analyzer, text)) {
                query.add(new BoostQuery(phrase, (float) boosts.phrase()), Occur.SHOULD);
            }
        }
        return query.build();
    }

    /** Phrase queries over the chunk text: the whole text (if short) and each quoted span. */
    static List<Query> phrases(Analyzer analyzer, String text) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        List<Query> phrases = new ArrayList<>();
        Query whole = builder.createPhraseQuery(ChunkFields.CONTENT, text, 1);
        if (whole instanceof PhraseQuery p && p.getTerms().length <= MAX_PHRASE_TERMS) {
            phrases.add(p);
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            Query span = builder.createPhraseQuery(ChunkFields.CONTENT, quoted.group(1), 0);
            if (span instanceof PhraseQuery p && !phrases.contains(p)) {
                phrases.add(p);
            }
        }
        return phrases;
    }
}
