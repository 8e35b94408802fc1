package dev.quire.chat.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The embedded backend: no network, no model download. It runs the agent loop deterministically:
 * first a {@code retrieve} call with the (rewritten) question, then an answer made of the most
 * relevant sentences of the retrieved chunks, each followed by a numbered citation, and a list of
 * the sources (file name and pages). When nothing relevant was found it says so.
 */
public final class ExtractiveModel implements ChatModel {
    static final String NOTHING_FOUND = "I could not find anything relevant to that in the indexed documents.";
    static final String NO_INDEX = "No searchable index is attached to this question, so I cannot look anything up.";
    /** Sentence ends, and blank lines (which end titles, headings and page headers). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'(\\[])|\\n\\s*\\n");
    /** A sentence proper ends with punctuation (possibly before a closing quote or bracket); a heading does not. */
    private static final Pattern SENTENCE_DONE = Pattern.compile("[.!?:;][\"')\\]]*$");
    /** Bracketed numbers ("[12]") would read as this answer's own citations. */
    private static final Pattern CITATION = Pattern.compile("\\[\\d+]");
    private static final int MAX_SENTENCE = 400;
    /** Abstain unless one of the first few chunks covers the question. */
    private static final int COVER_CHUNKS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Where a camel-case identifier's parts meet: "chat|Service", "parse|HTTP|Response". */
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    /** Function words: not content, for matching and for telling a follow-up from a question ({@link QueryRewriter}). */
    static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
            "is", "are", "was", "were", "be", "been", "by", "with", "as", "that", "this", "it", "its", "from", "what",
            "which", "who", "how", "why", "when", "where", "do", "does", "did", "can", "could", "should", "would",
            "there", "their", "about", "into", "than", "then", "not", "no", "yes", "has", "have", "had", "i", "we",
            "you", "they", "our", "your", "me", "my", "tell", "please", "any", "some", "more");
    private static final int SENTENCES = 3;
    /**
     * A question's frame for a quantity ("how long ... take", "how many", "how much ... cost"): its words ask
     * for the kind of answer, not about the topic, and counted as content they made a short question need
     * two topic words ("How long do refunds take?" abstained over "Refunds are issued within 14 days").
     */
    private static final Pattern QUANTITY_FRAME = Pattern.compile("(?i)\\bhow\\s+(long|many|much|often|soon|far)\\b");
    private static final Pattern FRAME_VERB = Pattern.compile("(?i)\\b(take|takes|last|lasts|cost|costs)\\W*$");
    /**
     * The frame of a question asking for an explanation: "Explain/Describe ...", "... responsible for",
     * "What is the purpose of ...", and a final "work" after "how does": like the quantity frame, these
     * words say what kind of answer is wanted, and as content words they let a generic sentence ("the
     * work was responsible for ...") cover a question it does not answer, or made one-topic questions
     * ("Explain the tracing.") need a second shared word.
     */
    private static final Pattern EXPLANATION_FRAME = Pattern.compile(
            "(?i)^\\W*(?:please\\s+)?(?:explain|describe)\\b|\\bresponsible(?=\\s+for\\b)|\\bthe\\s+purpose\\s+of\\b"
                    // The cheap look-ahead first: the look-behind is tried only where the question ends in "work".
                    + "|\\b(?=work(?:s|ed)?\\W*$)(?<=\\bhow\\s(?:do|does|did|would|will|can|could|should)\\s.{1,200})work(?:s|ed)?");
    /**
     * Chunks retrieved, each a candidate for one quoted sentence. Ten rather than five: one in ten
     * SciFact claims has its first relevant abstract ranked 6th-10th, worded differently from the
     * claim (a relevant abstract is among the top 5 for 82% of the 91 claims of
     * {@code bench/run chat 1500}, among the top 10 for 92%), and its sentence can still be picked
     * there when it matches the claim better than those of the chunks above it.
     */
    private static final int TOP_K = 10;
    /** A sentence cut before a citation bracket is still quoted when this much of it remains. */
    private static final int MIN_QUOTED_PREFIX = 40;

    @Override
    public ModelReply complete(ModelRequest request, ModelListener listener) {
        List<ModelMessage> messages = request.messages();
        ModelMessage last = messages.get(messages.size() - 1);
        if (last instanceof ModelMessage.Tool tool && tool.name().equals("retrieve")) {
            // Sentences are matched against what was searched: a follow-up ("and in 2022?") is rewritten
            // with the earlier question's words, which its answer must contain too.
            return answer(QueryRewriter.rewrite(previousQuestions(messages), lastQuestion(messages)), tool.result(),
                    listener);
        }
        if (request.tools().stream().noneMatch(t -> t.name().equals("retrieve"))) {
            listener.textDelta(NO_INDEX);
            return reply(NO_INDEX, List.of());
        }
        String query = QueryRewriter.rewrite(previousQuestions(messages), lastQuestion(messages));
        JsonNode args = Json.mapper().createObjectNode().put("query", query).put("top_k", TOP_K);
        return reply("", List.of(new ToolCall("call_" + UUID.randomUUID(), "retrieve", args)));
    }

    private static ModelReply reply(String text, List<ToolCall> calls) {
        return new ModelReply(text, "", calls, Optional.empty(), Optional.empty());
    }

    private ModelReply answer(String question, JsonNode retrieved, ModelListener listener) {
        List<Candidate> picked = pick(question, retrieved.path("results"));
        if (picked.isEmpty()) {
            listener.textDelta(NOTHING_FOUND);
            return reply(NOTHING_FOUND, List.of());
        }
        Map<String, Integer> sources = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (Candidate c : picked) {
            int n = sources.computeIfAbsent(c.source(), s -> sources.size() + 1);
            String piece = (text.length() == 0 ? "" : " ") + c.sentence() + " [" + n + "]";
            listener.textDelta(piece);
            text.append(piece);
        }
        StringBuilder list = new StringBuilder("\n\nSources:");
        sources.forEach((source, n) -> list.append("\n[").append(n).append("] ").append(source));
        listener.textDelta(list.toString());
        text.append(list);
        return reply(text.toString(), List.of());
    }

    /** A sentence of a retrieved chunk, where it came from, and how well it matches the question. */
    private record Candidate(String sentence, String source, double score, Set<String> terms) {}

    /**
     * The answer's sentences, best first: at most one per chunk, its best-matching sentence, skipping
     * page headers and footers (lines repeated across chunks), headings and near-duplicates of a
     * sentence already taken; a sentence holding citation-like brackets is quoted up to the first of
     * them. The top chunk is always quoted when anything is (with its first sentence if none of its
     * sentences shares a word with the question): retrieval ranked it first, and a claim's source
     * often words it differently. The other sentences are the best of the remaining chunks by how
     * well the sentence matches times how well its chunk was retrieved, so a lower chunk with a
     * closely matching sentence can enter but an unrelated chunk's stray word match does not. Empty
     * when none of the first chunks covers enough of the question ({@link #covers}): better to say
     * nothing was found than to quote unrelated sentences.
     */
    private static List<Candidate> pick(String question, JsonNode results) {
        Stems stems = new Stems();
        Set<String> terms = stems.terms(withoutFrame(question));
        boolean relevant = false;
        for (int i = 0; i < Math.min(COVER_CHUNKS, results.size()); i++) {
            relevant |= covers(terms, stems.terms(results.get(i).path("content").asText()));
        }
        if (!relevant) {
            return List.of();
        }
        List<List<String>> chunkSentences = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Integer> repeats = new HashMap<>();
        for (JsonNode r : results) {
            List<String> sentences = new ArrayList<>();
            for (String s : SENTENCE_END.split(r.path("content").asText().trim())) {
                String clean = s.replaceAll("\\s+", " ").trim();
                if (!clean.isEmpty()) {
                    sentences.add(clean);
                }
            }
            chunkSentences.add(sentences);
            sentences.forEach(s -> repeats.merge(s, 1, Integer::sum));
            for (String s : sentences) {
                stems.terms(s).stream().filter(terms::contains).forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            }
        }
        int total = Math.max(1, chunkSentences.stream().mapToInt(List::size).sum());
        List<Candidate> best = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            String source = source(results.get(i));
            Candidate chunkBest = null;
            Candidate first = null;
            for (String sentence : chunkSentences.get(i)) {
                Optional<String> quote = repeats.get(sentence) > 1 ? Optional.empty() : quotable(sentence);
                if (quote.isEmpty()) {
                    continue;
                }
                Set<String> own = stems.terms(quote.get());
                double score = 0;
                for (String t : own) {
                    if (terms.contains(t)) {
                        score += Math.log(1 + (double) total / documentFrequency.getOrDefault(t, 1));
                    }
                }
                Candidate c = new Candidate(shorten(quote.get()), source, score, own);
                first = first == null ? c : first;
                if (score > 0 && (chunkBest == null || score > chunkBest.score())) {
                    chunkBest = c;
                }
            }
            best.add(i == 0 && chunkBest == null ? first : chunkBest);
        }
        double top = best.stream().filter(Objects::nonNull).mapToDouble(Candidate::score).max().orElse(0);
        List<Candidate> picked = new ArrayList<>();
        if (!best.isEmpty() && best.get(0) != null) {
            picked.add(best.get(0));
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = 1; i < best.size(); i++) {
            // A sentence far below the best one adds noise, not support.
            if (best.get(i) != null && best.get(i).score() >= 0.15 * top) {
                rest.add(i);
            }
        }
        // A product, so the fusion's score scale (z-score, min-max, reciprocal rank) does not matter.
        rest.sort(Comparator.comparingDouble(i -> -best.get(i).score() * results.get(i).path("score").asDouble()));
        for (int i : rest) {
            Candidate c = best.get(i);
            if (picked.size() < SENTENCES && picked.stream().noneMatch(p -> similar(p.terms(), c.terms()))) {
                picked.add(c);
            }
        }
        picked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return picked;
    }

    /**
     * What of a sentence can be quoted: none of a heading or a fragment; a sentence with bracketed
     * numbers ("[12]", which would read as this answer's own citations) up to the first of them,
     * marked with "..." as a quoted prefix, when enough of it remains.
     */
    private static Optional<String> quotable(String sentence) {
        if (sentence.length() < 15 || !SENTENCE_DONE.matcher(sentence).find()) {
            return Optional.empty();
        }
        Matcher bracket = CITATION.matcher(sentence);
        if (!bracket.find()) {
            return Optional.of(sentence);
        }
        String prefix = sentence.substring(0, bracket.start()).strip();
        return prefix.length() >= MIN_QUOTED_PREFIX ? Optional.of(prefix + " ...") : Optional.empty();
    }

    /**
     * The question without the words of a quantity frame ({@link #QUANTITY_FRAME}) or an explanation frame
     * ({@link #EXPLANATION_FRAME}): the words it asks about.
     */
    static String withoutFrame(String question) {
        String asked = EXPLANATION_FRAME.matcher(question).replaceAll(" ").strip();
        Matcher frame = QUANTITY_FRAME.matcher(asked);
        if (!frame.find()) {
            return asked;
        }
        return FRAME_VERB.matcher(frame.replaceFirst("how").strip()).replaceFirst("").strip();
    }

    /**
     * Whether a chunk (given as its content words) speaks to the question: it holds at least a third of
     * the question's content words and, for questions of more than one, at least two of them. A single
     * shared word ("policy", "index") is how unrelated text matches; a claim's paraphrase in its source
     * shares fewer than half of its words often (measured with {@code bench/run chat}: half abstained on
     * a third of the SciFact claims).
     */
    static boolean covers(Set<String> questionTerms, Set<String> chunkTerms) {
        if (questionTerms.isEmpty()) {
            return false;
        }
        long shared = questionTerms.stream().filter(q -> chunkTerms.contains(q)
                || chunkTerms.stream().anyMatch(t -> sameWord(q, t))).count();
        return shared * 3 >= questionTerms.size() && (shared >= 2 || questionTerms.size() == 1);
    }

    /**
     * Word forms Porter's stems leave apart ("counter" and "count", "chunker" and "chunk"): one stem
     * starts with the other, of at least five letters (four would join "card" and "cardiology").
     * Measured with {@code bench/run chat 1500}: see the README's "Chat answers".
     */
    static boolean sameWord(String a, String b) {
        return Math.min(a.length(), b.length()) >= 5 && (a.startsWith(b) || b.startsWith(a));
    }

    /** Near-duplicates: most content words in common (a sentence without content words is like none). */
    private static boolean similar(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return !common.isEmpty() && common.size() >= 0.7 * Math.min(a.size(), b.size());
    }

    /** Long sentences are cut at a word boundary and marked with "...", so the quoted part stays verbatim. */
    private static String shorten(String sentence) {
        if (sentence.length() <= MAX_SENTENCE) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_SENTENCE);
        return sentence.substring(0, cut > 0 ? cut : MAX_SENTENCE) + " ...";
    }

    private static String source(JsonNode result) {
        String name = result.path("file_name").asText(result.at("/static_fields/parsed_directory_file_id").asText());
        int from = result.at("/static_fields/page_range_start").asInt(1);
        int to = result.at("/static_fields/page_range_end").asInt(from);
        return name + (from == to ? ", p. " + from : ", pp. " + from + "-" + to);
    }

    /**
     * Content words of texts, Porter-stemmed as the full-text index's English analyzer does: "inhibits"
     * and "inhibition", "activates" and "activation" match. A light plural and -ed/-ing stripper left
     * more than twice as many SciFact claims unanswered ({@code bench/run chat 1500}: 9 of 91 against 4),
     * their sources using another form of the claim's words. One instance serves one answer and stems
     * each distinct word once: an answer reads every word of ten chunks two or three times, and stemming
     * them over and over took 6% of a loaded server's Java CPU samples (JFR, {@code bench/run load}).
     */
    private static final class Stems {
        private final PorterStemmer stemmer = new PorterStemmer();
        private final Map<String, String> known = new HashMap<>();

        /**
         * The text's content words, stemmed; an identifier written in camel case ("ChatService",
         * "parseHTTPResponse") also gives its parts, so a question in words ("How does the chat service
         * work?") covers the code that names it.
         */
        Set<String> terms(String text) {
            Set<String> out = new HashSet<>();
            var m = WORD.matcher(text);
            while (m.find()) {
                String word = m.group();
                add(out, word.toLowerCase(Locale.ROOT));
                if (hasInnerCapital(word)) {
                    for (String part : CAMEL_CASE.split(word)) {
                        add(out, part.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return out;
        }

        /** Most words have none: the split's regex runs only for those that do. */
        private static boolean hasInnerCapital(String word) {
            for (int i = 1; i < word.length(); i++) {
                if (Character.isUpperCase(word.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private void add(Set<String> out, String w) {
            if (!STOP.contains(w) && (w.length() > 1 || Character.isDigit(w.charAt(0)))) {
                out.add(known.computeIfAbsent(w, this::stem));
            }
        }

        private String stem(String w) {
            stemmer.setCurrent(w);
            stemmer.stem();
            return stemmer.getCurrent();
        }
    }

    private static String lastQuestion(List<ModelMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ModelMessage.User user) {
                return user.content();
            }
        }
        return "";
    }

    private static List<String> previousQuestions(List<ModelMessage> messages) {
        List<String> users = new ArrayList<>();
        messages.forEach(m -> {
            if (m instanceof ModelMessage.User u) {
                users.add(u.content());
            }
        });
        return users.isEmpty() ? users : users.subList(0, users.size() - 1);
    }
}
