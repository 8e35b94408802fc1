package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkerTest {
    private static final TokenCounter APPROX = new ApproximateTokenCounter();
    private static final String[] WORDS = "the index stores chunks of text and their vectors for search over many files".split(" ");

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.append('.').toString();
    }

    private static String paragraphs(Random random, int paragraphs) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(6); s < n; s++) {
                paragraph.append(s == 0 ? "" : " ").append(sentence(random, 5 + random.nextInt(20)));
            }
            out.add(paragraph.toString());
        }
        return String.join("\n\n", out);
    }

    private static void assertWellFormed(ParsedDocument doc, List<Chunk> chunks, ChunkerOptions options, TokenCounter counter) {
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            assertThat(chunk.chunkIndex()).isEqualTo(i);
            assertThat(doc.text().substring(chunk.startChar(), chunk.endChar())).isEqualTo(chunk.content());
            assertThat(chunk.content()).isEqualTo(chunk.content().strip()).isNotEmpty();
            assertThat(chunk.tokenCount()).isLessThanOrEqualTo(options.targetTokens());
            assertThat(counter.count(chunk.content())).isEqualTo(chunk.tokenCount());
            assertThat(chunk.pageRangeStart()).isEqualTo(doc.pageAt(chunk.startChar()).number());
            assertThat(chunk.pageRangeEnd()).isEqualTo(doc.pageAt(chunk.endChar() - 1).number());
            if (i > 0) {
                Chunk previous = chunks.get(i - 1);
                assertThat(chunk.startChar()).isGreaterThan(previous.startChar());
                assertThat(chunk.endChar()).isGreaterThan(previous.endChar());
            }
        }
    }

    /** Every non-whitespace char of the text lies in some chunk. */
    private static void assertCovers(ParsedDocument doc, List<Chunk> chunks) {
        boolean[] covered = new boolean[doc.text().length()];
        for (Chunk chunk : chunks) {
            for (int i = chunk.startChar(); i < chunk.endChar(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < covered.length; i++) {
            assertThat(covered[i] || Character.isWhitespace(doc.text().charAt(i))).as("char %d covered", i).isTrue();
        }
    }

    @Test
    void a_markdown_table_is_cut_between_rows_never_inside_one() {
        StringBuilder table = new StringBuilder("| Item | Note |\n| --- | --- |");
        for (int r = 0; r < 40; r++) {
            table.append("\n| Row ").append(r).append(" | First sentence here. Second sentence follows. Third one ends it. |");
        }
        ParsedDocument doc = ParsedDocument.singlePage("# Table\n\n" + table, Optional.empty(), false);

        List<Chunk> chunks = new Chunker(APPROX, new ChunkerOptions(60, 0, true)).chunk(doc);

        assertThat(chunks).hasSizeGreaterThan(3);
        for (Chunk chunk : chunks) {
            for (String line : chunk.content().split("\n")) {
                if (line.startsWith("| Row")) {
                    assertThat(line).as("chunk %d", chunk.chunkIndex()).endsWith("Third one ends it. |");
                }
            }
            assertThat(chunk.content()).as("chunk %d", chunk.chunkIndex()).doesNotStartWith("Second").doesNotStartWith("Third");
        }
    }

    @Test
    void chunks_slice_the_text_exactly_and_stay_under_the_target() {
        ParsedDocument doc = ParsedDocument.singlePage(paragraphs(new Random(1), 40), Optional.empty(), false);
        ChunkerOptions options = new ChunkerOptions(120, 20, false);

        List<Chunk> chunks = new Chunker(APPROX, options).chunk(doc);

        assertThat(chunks.size()).isGreaterThan(5);
        assertWellFormed(doc, chunks, options, APPROX);
        assertCovers(doc, chunks);
    }

    @Test
    void consecutive_chunks_overlap_by_at_most_the_overlap_budget() {
        ParsedDocument doc = ParsedDocument.singlePage(paragraphs(new Random(2), 30), Optional.empty(), false);
        ChunkerOptions options = new ChunkerOptions(100, 30, false);

        List<Chunk> chunks = new Chunker(APPROX, options).chunk(doc);

        int overlapping = 0;
        for (int i = 1; i < chunks.size(); i++) {
            Chunk previous = chunks.get(i - 1);
            Chunk chunk = chunks.get(i);
            if (chunk.startChar() < previous.endChar()) {
                overlapping++;
                assertThat(APPROX.count(doc.text().substring(chunk.startChar(), previous.endChar()))).isLessThanOrEqualTo(30);
            }
        }
        assertThat(overlapping).isGreaterThan(chunks.size() / 2);
    }

    @Test
    void no_overlap_when_the_budget_is_zero() {
        ParsedDocument doc = ParsedDocument.singlePage(paragraphs(new Random(3), 20), Optional.empty(), false);

        List<Chunk> chunks = new Chunker(APPROX, new ChunkerOptions(80, 0, false)).chunk(doc);

        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).startChar()).isGreaterThanOrEqualTo(chunks.get(i - 1).endChar());
        }
    }

    @Test
    void prefers_to_cut_between_paragraphs() {
        // Three paragraphs of ~40 tokens: a 100-token chunk should hold two whole paragraphs, not 2.5.
        Random random = new Random(4);
        String p1 = sentence(random, 19) + " " + sentence(random, 19);
        String p2 = sentence(random, 19) + " " + sentence(random, 19);
        String p3 = sentence(random, 19) + " " + sentence(random, 19);
        String text = p1 + "\n\n" + p2 + "\n\n" + p3;
        ParsedDocument doc = ParsedDocument.singlePage(text, Optional.empty(), false);

        List<Chunk> chunks = new Chunker(APPROX, new ChunkerOptions(100, 0, false)).chunk(doc);

        assertThat(chunks.get(0).content()).isEqualTo(p1 + "\n\n" + p2);
        assertThat(chunks.get(1).content()).isEqualTo(p3);
    }

    @Test
    void records_the_page_range_of_a_chunk_that_spans_pages() {
        ParsedDocument doc = ParsedDocument.ofPages(List.of("Short first page.", "Short second page.", "Third page here."),
                Optional.empty(), false);

        List<Chunk> chunks = new Chunker(APPROX, new ChunkerOptions(350, 50, false)).chunk(doc);

        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).pageRangeStart()).isEqualTo(1);
        assertThat(chunks.get(0).pageRangeEnd()).isEqualTo(3);
        assertThat(chunks.get(0).content()).isEqualTo(doc.text());
    }

    @Test
    void keeps_chunks_within_one_page_when_asked() {
        Random random = new Random(5);
        List<String> pages = List.of(paragraphs(random, 3), paragraphs(random, 1), paragraphs(random, 4));
        ParsedDocument doc = ParsedDocument.ofPages(pages, Optional.empty(), false);
        ChunkerOptions options = new ChunkerOptions(60, 15, true);

        List<Chunk> chunks = new Chunker(APPROX, options).chunk(doc);

        assertWellFormed(doc, chunks, options, APPROX);
        assertCovers(doc, chunks);
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.pageRangeStart()).isEqualTo(chunk.pageRangeEnd()));
        assertThat(chunks).extracting(Chunk::pageRangeStart).contains(1, 2, 3);
    }

    @Test
    void splits_an_endless_sentence_at_spaces_and_a_giant_word_anywhere() {
        String longSentence = "word ".repeat(500).strip();
        String giantWord = "x".repeat(3000);
        String text = longSentence + "\n\n" + giantWord;
        ParsedDocument doc = ParsedDocument.singlePage(text, Optional.empty(), false);
        ChunkerOptions options = new ChunkerOptions(64, 8, false);

        List<Chunk> chunks = new Chunker(APPROX, options).chunk(doc);

        assertWellFormed(doc, chunks, options, APPROX);
        assertCovers(doc, chunks);
        assertThat(chunks.stream().filter(c -> c.content().startsWith("word")))
                .allSatisfy(c -> assertThat(c.content()).matches("word( word)*"));
    }

    @Test
    void never_splits_a_surrogate_pair() {
        String emoji = "\uD83D\uDE00".repeat(400); // one "word" of 400 emoji, 800 chars
        ParsedDocument doc = ParsedDocument.singlePage(emoji, Optional.empty(), false);

        List<Chunk> chunks = new Chunker(APPROX, new ChunkerOptions(50, 0, false)).chunk(doc);

        assertThat(chunks.size()).isGreaterThan(1);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(Character.isLowSurrogate(c.content().charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(c.content().charAt(c.content().length() - 1))).isFalse();
        });
    }

    @Test
    void an_empty_document_has_no_chunks() {
        assertThat(new Chunker(APPROX, ChunkerOptions.DEFAULT).chunk(ParsedDocument.singlePage("", Optional.empty(), false)))
                .isEmpty();
    }

    @Test
    void bert_token_counts_match_the_chunks_of_real_prose() {
        TokenCounter bert = BertTokenCounter.load();
        assertThat(bert.count("Hello world")).isEqualTo(2);
        assertThat(bert.count("Tokenization")).isGreaterThan(1); // word pieces
        ParsedDocument doc = ParsedDocument.ofPages(List.of(paragraphs(new Random(6), 15), paragraphs(new Random(7), 15)),
                Optional.empty(), false);

        List<Chunk> chunks = new Chunker(bert, ChunkerOptions.DEFAULT).chunk(doc);

        assertWellFormed(doc, chunks, ChunkerOptions.DEFAULT, bert);
        assertThat(chunks).anySatisfy(c -> assertThat(c.pageRangeEnd()).isEqualTo(2));
    }
}
