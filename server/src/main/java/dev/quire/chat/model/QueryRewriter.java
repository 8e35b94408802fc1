package dev.quire.chat.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes a follow-up question searchable on its own ("and in 2022?" after "What was revenue in
 * 2021?" becomes "What was revenue in 2022?"-like): a short question without a topic word of its
 * own, or one that starts like a continuation, is merged with the previous question; numbers in the
 * follow-up replace the previous question's numbers. A heuristic for the extractive backend; LLM
 * backends write their own queries.
 */
public final class QueryRewriter {
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d.,%]*\\b");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(and|or|but|also|then|what about|how about|same for|and what about)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("\\b(it|its|they|them|their|this|that|these|those)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int SHORT_WORDS = 5;
    private static final Pattern LETTERS = Pattern.compile("[^\\p{L}]+");

    private QueryRewriter() {}

    public static String rewrite(List<String> previousQuestions, String question) {
        String trimmed = question.trim();
        if (previousQuestions.isEmpty() || !isFollowUp(trimmed)) {
            return trimmed;
        }
        String base = previousQuestions.get(previousQuestions.size() - 1).trim();
        if (NUMBER.matcher(trimmed).find()) {
            base = NUMBER.matcher(base).replaceAll(" ");
        }
        String rest = trimmed.replaceFirst("(?i)^(and what about|what about|how about|same for|and|or|but|also|then)\\b", "");
        return (stripEnd(base) + " " + rest.trim()).replaceAll("\\s+", " ").trim();
    }

    /**
     * A continuation ("and in 2022?"), a question with a pronoun of a few words ("How long does it
     * take?"), or a short one without a topic word of its own ("Why?", "In 2022?", "How much?"). A short
     * question with its own topic ("How long do refunds take?", "Parking?") stands alone: merged, it was
     * searched and answered as the previous question's topic.
     */
    static boolean isFollowUp(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        int words = question.split("\\s+").length;
        return CONTINUATION.matcher(lower).matches()
                || words <= SHORT_WORDS && !hasTopicWord(question)
                || PRONOUN.matcher(lower).find() && words <= 8;
    }

    /** A word that is neither a function word, a number nor part of a question's frame ("how long ... take"). */
    private static boolean hasTopicWord(String question) {
        for (String w : LETTERS.split(ExtractiveModel.withoutFrame(question).toLowerCase(Locale.ROOT))) {
            if (w.length() > 1 && !ExtractiveModel.STOP.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String stripEnd(String text) {
        return text.replaceAll("[?.!\\s]+$", "");
    }
}
