package dev.quire.search;

import dev.quire.common.ConfigurationError;
import java.util.Map;
import java.util.Optional;

/**
 * Extra BM25 clauses beside the chunk text (embedded Lucene backend only): a title field, holding
 * the file's title line and the Markdown headings the chunk lies under, and phrase matches.
 *
 * <pre>{@code
 * Bm25Boosts boosts = new Bm25Boosts(2, 0); // title^2 + text, no phrase clause
 * }</pre>
 *
 * @param title  QUIRE_BM25_TITLE_BOOST: weight of the title field's BM25 score added to the text's; 0 = off
 * @param phrase QUIRE_BM25_PHRASE_BOOST: weight of a phrase clause (the whole query of 2-12 terms, slop
 *               1, and each "quoted span", slop 0) added to the text's; 0 = off
 */
public record Bm25Boosts(double title, double phrase) {
    public static final String TITLE = "QUIRE_BM25_TITLE_BOOST";
    public static final String PHRASE = "QUIRE_BM25_PHRASE_BOOST";
    /** The text field alone: the default (bench/run quality measured both boosts: see bench/README.md). */
    public static final Bm25Boosts NONE = new Bm25Boosts(0, 0);

    public Bm25Boosts {
        if (!(title >= 0 && title <= 100)) {
            throw new ConfigurationError(TITLE + " must be within [0, 100]: " + title);
        }
        if (!(phrase >= 0 && phrase <= 100)) {
            throw new ConfigurationError(PHRASE + " must be within [0, 100]: " + phrase);
        }
    }

    public boolean any() {
        return title > 0 || phrase > 0;
    }

    static Bm25Boosts fromEnvironment(Map<String, String> env) {
        return new Bm25Boosts(number(env, TITLE), number(env, PHRASE));
    }

    private static double number(Map<String, String> env, String name) {
        Optional<String> text = Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(text.get());
        } catch (NumberFormatException e) {
            throw new ConfigurationError(name + " must be a number: " + text.get());
        }
    }
}
