package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfParsingTest {
    private static ExecutorService workers;
    private static Parser parser;

    @BeforeAll
    static void start() {
        workers = Executors.newFixedThreadPool(2);
        parser = Parsers.standard(workers);
    }

    @AfterAll
    static void stop() {
        workers.shutdownNow();
    }

    private static ParsedDocument parse(String name, byte[] bytes, ParseLimits limits) {
        return parser.parse(name, null, new ByteArrayInputStream(bytes), limits);
    }

    @Test
    void records_each_page_with_offsets_that_slice_its_text() {
        byte[] pdf = TestPdfs.pdf("Quarterly Report", List.of(
                List.of("Alpha page one begins here.", "Second line of page one."),
                List.of("Bravo page two has different words."),
                List.of("Charlie page three closes the report.")));

        ParsedDocument doc = parse("report.pdf", pdf, ParseLimits.DEFAULT);

        assertThat(doc.title()).contains("Quarterly Report");
        assertThat(doc.pages()).hasSize(3);
        assertThat(doc.pageText(1)).contains("Alpha page one begins here.").contains("Second line of page one.");
        assertThat(doc.pageText(2)).contains("Bravo page two").doesNotContain("Alpha").doesNotContain("Charlie");
        assertThat(doc.pageText(3)).contains("Charlie page three");
        assertThat(doc.pages().get(0).startChar()).isZero();
        assertThat(doc.pages().get(2).endChar()).isEqualTo(doc.text().length());
        int bravo = doc.text().indexOf("Bravo");
        assertThat(doc.pageAt(bravo).number()).isEqualTo(2);
        assertThat(doc.truncated()).isFalse();
    }

    @Test
    void chunks_of_a_parsed_pdf_know_their_pages() {
        List<List<String>> pages = IntStream.rangeClosed(1, 6).mapToObj(page -> IntStream.rangeClosed(1, 12)
                .mapToObj(line -> "Page " + page + " line " + line + " talks about topic " + (char) ('A' + page) + ".")
                .toList()).toList();
        ParsedDocument doc = parse("topics.pdf", TestPdfs.pdf(null, pages), ParseLimits.DEFAULT);

        List<Chunk> chunks = new Chunker(BertTokenCounter.load(), new ChunkerOptions(60, 10, false)).chunk(doc);

        assertThat(chunks).hasSizeGreaterThan(6);
        for (Chunk chunk : chunks) {
            assertThat(doc.text().substring(chunk.startChar(), chunk.endChar())).isEqualTo(chunk.content());
            for (int page = 1; page <= 6; page++) {
                boolean mentionsPage = chunk.content().contains("Page " + page + " line");
                boolean inRange = page >= chunk.pageRangeStart() && page <= chunk.pageRangeEnd();
                assertThat(mentionsPage).as("chunk %d, page %d", chunk.chunkIndex(), page).isEqualTo(inRange);
            }
        }
        assertThat(chunks).anySatisfy(c -> assertThat(c.pageRangeEnd()).isGreaterThan(c.pageRangeStart()));
    }

    @Test
    void reads_only_the_first_max_pages_of_a_long_pdf() {
        List<List<String>> pages = IntStream.rangeClosed(1, 30).mapToObj(i -> List.of("This is page number " + i + ".")).toList();

        ParsedDocument doc = parse("long.pdf", TestPdfs.pdf(null, pages), ParseLimits.DEFAULT.withMaxPages(5));

        assertThat(doc.pages()).hasSize(5);
        assertThat(doc.truncated()).isTrue();
        assertThat(doc.text()).contains("page number 5.").doesNotContain("page number 6.");
    }

    @Test
    void cuts_text_at_max_chars() {
        List<List<String>> pages = IntStream.rangeClosed(1, 10).mapToObj(i -> List.of("Lorem ipsum dolor sit amet " + i)).toList();

        ParsedDocument doc = parse("long.pdf", TestPdfs.pdf(null, pages), ParseLimits.DEFAULT.withMaxChars(70));

        assertThat(doc.text().length()).isLessThanOrEqualTo(70);
        assertThat(doc.truncated()).isTrue();
    }

    @Test
    void rejects_a_password_protected_pdf_as_encrypted() {
        byte[] pdf = TestPdfs.encryptedPdf(List.of(List.of("Secret text")), "user-secret");

        assertThatThrownBy(() -> parse("secret.pdf", pdf, ParseLimits.DEFAULT))
                .isInstanceOf(ParseException.class).hasMessage("encrypted PDF");
    }

    @Test
    void rejects_a_corrupt_pdf() {
        byte[] bytes = "%PDF-1.7\nthis is not really a PDF at all\n%%EOF".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> parse("broken.pdf", bytes, ParseLimits.DEFAULT))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("corrupt PDF");
    }

    @Test
    void rejects_a_truncated_pdf() {
        byte[] pdf = TestPdfs.pdf(null, List.of(List.of("Some text on a page")));
        byte[] half = java.util.Arrays.copyOf(pdf, pdf.length / 3);

        assertThatThrownBy(() -> parse("half.pdf", half, ParseLimits.DEFAULT)).isInstanceOf(ParseException.class);
    }

    @Test
    void rejects_an_empty_file() {
        assertThatThrownBy(() -> parse("empty.pdf", new byte[0], ParseLimits.DEFAULT))
                .isInstanceOf(ParseException.class).hasMessage("empty file");
    }

    @Test
    void rejects_a_pdf_without_text() {
        byte[] pdf = TestPdfs.pdf(null, List.of(List.of(), List.of()));

        assertThatThrownBy(() -> parse("scan.pdf", pdf, ParseLimits.DEFAULT))
                .isInstanceOf(ParseException.class).hasMessage("no text found in file");
    }

    @Test
    void renders_pages_as_jpegs_up_to_the_limit() {
        byte[] pdf = TestPdfs.pdf(null, List.of(List.of("one"), List.of("two"), List.of("three")));

        List<PageImage> images = new PageRenderer(50).render(new ByteArrayInputStream(pdf), 2);

        assertThat(images).extracting(PageImage::pageNumber).containsExactly(1, 2);
        assertThat(images.get(0).jpeg()).startsWith((byte) 0xFF, (byte) 0xD8); // JPEG SOI marker
    }
}
