package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.search.ChunkDoc;
import dev.quire.search.StoredChunk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * As many files of English chunks as a step needs, from far fewer real sentences: every chunk is
 * 3 to 6 sentences drawn from all SciFact abstracts (read from ../shared/datasets, never copied),
 * so term statistics stay those of real text however many chunks are made. File {@code n} is a
 * pure function of {@code n} (its own seeded generator), so both backends get the same files.
 */
final class SyntheticFiles {
    static final int MIN_CHUNKS = 10;
    static final int MAX_CHUNKS = 50;

    private final List<String> sentences;
    private final List<String> titles;
    private final HashEmbedder embedder = new HashEmbedder();

    private SyntheticFiles(List<String> sentences, List<String> titles) {
        this.sentences = sentences;
        this.titles = titles;
    }

    static SyntheticFiles fromScifact(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> sentences = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("corpus.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                String title = n.path("title").asText().trim();
                sentences.add(title);
                titles.add(title);
                for (String s : n.path("text").asText().split("(?<=[.!?])\\s+(?=[A-Z])")) {
                    if (s.length() >= 20) {
                        sentences.add(s.trim());
                    }
                }
            }
        }
        return new SyntheticFiles(List.copyOf(sentences), List.copyOf(titles));
    }

    /** {@code count} titles spread over the corpus, as queries other than SciFact's own. */
    List<String> titles(int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(titles.get((int) ((long) i * titles.size() / count)));
        }
        return picked;
    }

    int sentenceCount() {
        return sentences.size();
    }

    /** Chunk count of file {@code n}: 10 to 50. */
    static int size(long n) {
        return new SplittableRandom(n).nextInt(MIN_CHUNKS, MAX_CHUNKS + 1);
    }

    /** The first {@code chunks} chunks of file {@code n}, embedded. */
    List<ChunkDoc> file(long n, int chunks) {
        SplittableRandom random = new SplittableRandom(n);
        random.nextInt(MIN_CHUNKS, MAX_CHUNKS + 1); // the size, drawn first as size(n) does
        String fileId = "file-" + n;
        List<ChunkDoc> docs = new ArrayList<>(chunks);
        int offset = 0;
        for (int i = 0; i < chunks; i++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(3, 7);
            for (int s = 0; s < count; s++) {
                text.append(s == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
            }
            String content = text.toString();
            int tokens = content.split("\\s+").length;
            StoredChunk chunk = new StoredChunk(fileId + "-" + i, fileId, i, offset, offset + content.length(), tokens,
                    1, 1, content, Map.of("file_name", fileId + ".txt", "n", (int) (n % 1000)));
            offset += content.length();
            docs.add(new ChunkDoc(chunk, embedder.embed(content)));
        }
        return docs;
    }

    float[] embed(String text) {
        return embedder.embed(text);
    }
}
