package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A BEIR test split (SciFact, ArguAna), read from ../shared/datasets (never copied into the project). */
final class Scifact {
    /** A corpus document: id, title and abstract. */
    record Doc(String id, String title, String text) {
        String body() {
            return title + "\n\n" + text;
        }
    }

    final List<Doc> corpus;
    final Map<String, String> queries;
    /** query id -> (doc id -> relevance) */
    final Map<String, Map<String, Integer>> qrels;

    private Scifact(List<Doc> corpus, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {
        this.corpus = corpus;
        this.queries = queries;
        this.qrels = qrels;
    }

    static Path defaultLocation() {
        return location("scifact");
    }

    /** A BEIR data set under ../shared/datasets (SciFact, ArguAna: the loader reads any BEIR test split). */
    static Path location(String name) {
        Path fromRepo = Path.of("..", "shared", "datasets", name);
        return Files.isDirectory(fromRepo) ? fromRepo : Path.of("..", "..", "shared", "datasets", name);
    }

    static Scifact load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> corpus = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("corpus.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                corpus.add(new Doc(n.get("_id").asText(), n.path("title").asText(), n.path("text").asText()));
            }
        }
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("qrels").resolve("test.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\t");
            if (parts.length == 3) {
                qrels.computeIfAbsent(parts[0], q -> new HashMap<>()).put(parts[1], Integer.parseInt(parts[2].trim()));
            }
        }
        Map<String, String> queries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("queries.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                if (qrels.containsKey(n.get("_id").asText())) {
                    queries.put(n.get("_id").asText(), n.get("text").asText());
                }
            }
        }
        return new Scifact(corpus, queries, qrels);
    }
}
