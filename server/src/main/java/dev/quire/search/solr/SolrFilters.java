package dev.quire.search.solr;

import dev.quire.search.Condition;
import dev.quire.search.Filter;
import dev.quire.search.MetadataValues;
import dev.quire.search.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a {@link Filter} into Solr filter queries matching exactly the chunks the Lucene
 * backend's filter matches: one filter query per condition (all must pass); ne/nin as a pure
 * negation, which Solr takes as "every chunk except"; values passed as parameters.
 */
final class SolrFilters {
    /** Matches no chunk: a negation of everything. */
    private static final String NOTHING = "{!bool must_not='*:*'}";

    private SolrFilters() {
    }

    static List<String> toFilterQueries(Filter filter, SolrParams params) {
        List<String> queries = new ArrayList<>();
        for (Condition condition : filter.conditions()) {
            Operator op = condition.operator();
            if (op == Operator.NIN && condition.values().isEmpty()) {
                continue; // excludes nothing
            }
            String positive = positive(condition, params);
            boolean negated = op == Operator.NE || op == Operator.NIN;
            queries.add(negated ? "{!bool must_not=" + params.ref(positive) + "}" : positive);
        }
        return queries;
    }

    /** The query for the condition, with ne/nin turned into their eq/in counterparts. */
    private static String positive(Condition condition, SolrParams params) {
        String field = condition.key().equals(Filter.FILE_ID)
                ? SolrFields.FILE_ID
                : SolrFields.keywordField(condition.key());
        return switch (condition.operator()) {
            case EQ, NE -> term(field, condition.value(), params);
            case IN, NIN -> anyOf(field, condition.values(), params);
            case GT, GTE, LT, LTE -> range(condition);
        };
    }

    private static String term(String field, Object value, SolrParams params) {
        return "{!term f=" + field + " v=" + params.ref(MetadataValues.canonical(value)) + "}";
    }

    private static String anyOf(String field, List<?> values, SolrParams params) {
        if (values.isEmpty()) {
            return NOTHING;
        }
        StringBuilder any = new StringBuilder("{!bool");
        for (Object value : values) {
            any.append(" should=").append(params.ref(term(field, value, params)));
        }
        return any.append('}').toString();
    }

    private static String range(Condition condition) {
        Operator op = condition.operator();
        if (condition.value() instanceof Number number) {
            // Inclusive bounds moved one step, exactly as the Lucene backend's point range.
            double bound = MetadataValues.toDouble(number);
            String lower = switch (op) {
                case GT -> quoted(Double.toString(Math.nextUp(bound)));
                case GTE -> quoted(Double.toString(bound));
                default -> "*";
            };
            String upper = switch (op) {
                case LT -> quoted(Double.toString(Math.nextDown(bound)));
                case LTE -> quoted(Double.toString(bound));
                default -> "*";
            };
            return SolrFields.numberField(condition.key()) + ":[" + lower + " TO " + upper + "]";
        }
        // Strings compare as text: right for ISO dates and other sortable codes.
        String field = SolrFields.keywordField(condition.key());
        String bound = quoted((String) condition.value());
        return switch (op) {
            case GT -> field + ":{" + bound + " TO *]";
            case GTE -> field + ":[" + bound + " TO *]";
            case LT -> field + ":[* TO " + bound + "}";
            default -> field + ":[* TO " + bound + "]";
        };
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
