package dev.quire.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A question-answering collection generated from documentation the project writes itself: the
 * type-level Javadoc of the server's classes. Each comment (tags, HTML and code examples removed) is a
 * document; its question is made from the type's name, split into words, in one of a few question
 * forms a developer would ask ("How does the hybrid search work?", "What is the retrieval policy
 * for?"), chosen by the name's hash so the set is the same on every run. The answer is that comment
 * (one relevant document). Unlike the markdown corpus the query is phrased as a question and its
 * words are the type's name, which the comment rarely repeats. Names that occur twice and comments
 * under {@link #MIN_BODY} characters are left out.
 */
final class CodeQuestions {
    static final int MIN_BODY = 150;
    private static final Pattern TYPE_DOC = Pattern.compile(
            "/\\*\\*(.*?)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*"
                    + "(?:class|record|interface|enum)\\s+(\\w+)", Pattern.DOTALL);
    private static final List<String> FORMS = List.of("What does the %s do?", "How does the %s work?",
            "What is the %s for?", "What is the %s responsible for?", "Explain the %s.");

    private CodeQuestions() {}

    static Corpus corpus(Path repo) {
        Map<String, String> docByType = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<Path> walk = Files.walk(repo.resolve("server/src/main/java"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = TYPE_DOC.matcher(Files.readString(f));
                if (m.find()) {
                    String type = m.group(2);
                    counts.merge(type, 1, Integer::sum);
                    docByType.put(type, clean(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Corpus.Document> docs = new ArrayList<>();
        Map<String, String> queries = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        docByType.forEach((type, body) -> {
            if (body.length() < MIN_BODY || counts.get(type) > 1) {
                return;
            }
            String id = String.format("doc%04d", docs.size() + 1);
            docs.add(new Corpus.Document(id, body));
            queries.put("q-" + id, String.format(FORMS.get(Math.floorMod(type.hashCode(), FORMS.size())), words(type)));
            qrels.put("q-" + id, Map.of(id, 1));
        });
        return new Corpus("Code questions", ".txt", docs, queries, qrels);
    }

    /** The comment's prose: no leading stars, no code examples, tags or HTML; inline code kept as words. */
    static String clean(String javadoc) {
        String text = javadoc.replaceAll("(?m)^\\s*\\*\\s?", "")
                .replaceAll("(?s)<pre>.*?</pre>", " ")
                .replaceAll("(?m)^@\\w+.*$", " ")
                .replaceAll("\\{@(?:code|link|linkplain|value|literal)\\s+([^}]*)}", "$1")
                .replaceAll("<[^>]+>", " ");
        return text.replaceAll("\\s+", " ").trim();
    }

    /** {@code RetrievalPolicy} -> "retrieval policy"; acronyms stay together ({@code HttpServer} -> "http server"). */
    static String words(String type) {
        return type.replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ").toLowerCase(Locale.ROOT);
    }
}
