package dev.quire.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus's documents and judgements with short keyword queries: each query cut to its {@code n}
 * rarest words (fewest documents containing them; words of one or two letters left out), as someone
 * types a few distinctive terms into a search box instead of a sentence. The query style where BM25
 * leads vector search (on SciFact claims cut to three words: 0.611 against 0.546 nDCG@10, document
 * level), so a fusion tuned on sentence queries is checked on queries that favour the other side.
 * Same documents as the source corpus: the bench reuses its index.
 */
final class KeywordQueries {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private KeywordQueries() {}

    static Corpus of(Corpus source, int n) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Corpus.Document d : source.docs()) {
            words(d.body()).stream().distinct().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        Map<String, String> queries = new LinkedHashMap<>();
        source.queries().forEach((id, text) -> {
            List<String> words = new ArrayList<>(new LinkedHashSet<>(words(text)));
            words.removeIf(w -> w.length() < 3);
            // A word no document contains cannot be matched by BM25 and says little to a model: last.
            words.sort(Comparator.comparingInt(w -> documentFrequency.getOrDefault(w, Integer.MAX_VALUE)));
            queries.put(id, String.join(" ", words.subList(0, Math.min(n, words.size()))));
        });
        queries.values().removeIf(String::isBlank);
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>(source.qrels());
        qrels.keySet().retainAll(queries.keySet());
        return new Corpus("Keywords " + source.name(), source.extension(), source.docs(), queries, qrels,
                source.ignoreIdenticalIds());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
