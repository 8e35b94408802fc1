package dev.quire.search.lucene;

import dev.quire.search.ChunkDoc;
import dev.quire.search.Condition;
import dev.quire.search.Filter;
import dev.quire.search.MetadataValues;
import dev.quire.search.Operator;
import dev.quire.search.StoredChunk;
import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;

/** Translates a {@link Filter} into a Lucene query that matches exactly the chunks passing it. */
final class FilterQueries {
    private FilterQueries() {
    }

    static Query toQuery(Filter filter) {
        if (filter.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        // Negations alone match nothing in Lucene: anchor them to every document.
        all.add(new MatchAllDocsQuery(), Occur.FILTER);
        for (Condition condition : filter.conditions()) {
            boolean negated = condition.operator() == Operator.NE || condition.operator() == Operator.NIN;
            all.add(positive(condition), negated ? Occur.MUST_NOT : Occur.FILTER);
        }
        return all.build();
    }

    /** The query for the condition, with ne/nin turned into their eq/in counterparts. */
    private static Query positive(Condition condition) {
        String field = condition.key().equals(Filter.FILE_ID)
                ? ChunkFields.FILE_ID
                : ChunkFields.keywordField(condition.key());
        return switch (condition.operator()) {
            case EQ, NE -> new TermQuery(new Term(field, MetadataValues.canonical(condition.value())));
            case IN, NIN -> anyOf(field, condition.values());
            case GT, GTE, LT, LTE -> range(condition);
        };
    }

    private static Query anyOf(String field, List<?> values) {
        if (values.isEmpty()) {
            return new MatchNoDocsQuery("empty in/nin list");
        }
        List<BytesRef> terms = values.stream().map(v -> new BytesRef(MetadataValues.canonical(v))).toList();
        return new TermInSetQuery(field, terms);
    }

    private static Query range(Condition condition) {
        Operator op = condition.operator();
        if (condition.value() instanceof Number number) {
            double bound = MetadataValues.toDouble(number);
            double lower = switch (op) {
                case GT -> Math.nextUp(bound);
                case GTE -> bound;
                default -> Double.NEGATIVE_INFINITY;
            };
            double upper = switch (op) {
                case LT -> Math.nextDown(bound);
                case LTE -> bound;
                default -> Double.POSITIVE_INFINITY;
            };
            return DoublePoint.newRangeQuery(ChunkFields.numberField(condition.key()), lower, upper);
        }
        // Strings compare as text: right for ISO dates and other sortable codes.
        String bound = (String) condition.value();
        String field = ChunkFields.keywordField(condition.key());
        return switch (op) {
            case GT -> TermRangeQuery.newStringRange(field, bound, null, false, false);
            case GTE -> TermRangeQuery.newStringRange(field, bound, null, true, false);
            case LT -> TermRangeQuery.newStringRange(field, null, bound, false, false);
            default -> TermRangeQuery.newStringRange(field, null, bound, false, true);
        };
    }
}
