package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentParsingTest {
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

    private static ParsedDocument parse(String name, byte[] bytes) {
        return parser.parse(name, null, new ByteArrayInputStream(bytes), ParseLimits.DEFAULT);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reads_a_docx_with_headings_and_a_table_as_markdown() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.getProperties().getCoreProperties().setTitle("Travel Policy");
            var heading = docx.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Expenses");
            docx.createParagraph().createRun().setText("Employees may claim hotel costs up to 200 euros a night.");
            XWPFTable table = docx.createTable(2, 2);
            table.getRow(0).getCell(0).setText("City");
            table.getRow(0).getCell(1).setText("Limit");
            table.getRow(1).getCell(0).setText("Paris");
            table.getRow(1).getCell(1).setText("250");
            docx.write(out);
        }

        ParsedDocument doc = parse("policy.docx", out.toByteArray());

        assertThat(doc.text()).contains("Employees may claim hotel costs up to 200 euros a night.")
                .contains("Paris").contains("250").contains("|");
        assertThat(doc.title()).contains("Travel Policy");
        assertThat(doc.pages()).hasSize(1);
        assertThat(doc.pageText(1)).isEqualTo(doc.text());
    }

    @Test
    void reads_html_body_text_without_markup_or_scripts() {
        String html = "<html><head><title>Release notes</title><script>var secret = 1;</script></head>"
                + "<body><h1>Version 2</h1><p>Faster <b>search</b> and <i>smaller</i> indexes.</p>"
                + "<ul><li>first item</li><li>second item</li></ul></body></html>";

        ParsedDocument doc = parse("notes.html", utf8(html));

        assertThat(doc.text()).contains("# Version 2").contains("Faster").contains("search")
                .contains("first item").doesNotContain("<p>").doesNotContain("var secret");
        assertThat(doc.title()).contains("Release notes");
    }

    @Test
    void reads_markdown_as_written_with_its_heading_as_title() {
        String markdown = "# Install guide\n\nRun `quire serve`.\n\n## Options\n\n- port\n- data dir\n";

        ParsedDocument doc = parse("guide.md", utf8(markdown));

        assertThat(doc.text()).isEqualTo(markdown.strip());
        assertThat(doc.title()).contains("Install guide");
    }

    @Test
    void reads_csv_rows() {
        ParsedDocument doc = parse("prices.csv", utf8("product,price\nwidget,10\ngadget,25\n"));

        assertThat(doc.text()).contains("widget").contains("gadget").contains("25");
    }

    @Test
    void keeps_non_bmp_characters_intact_and_maps_offsets_to_code_points() {
        ParsedDocument doc = parse("emoji.txt", utf8("I \uD83D\uDE00 search. Then more."));

        int then = doc.text().indexOf("Then");
        assertThat(then).isEqualTo(13); // the emoji is two UTF-16 chars
        assertThat(TextOffsets.toCodePoints(doc.text(), then)).isEqualTo(12);
        assertThat(TextOffsets.toChars(doc.text(), 12)).isEqualTo(13);
    }

    @Test
    void rejects_an_unknown_binary_type() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertThatThrownBy(() -> parse("data.xyz", noise))
                .isInstanceOf(ParseException.class).hasMessage("unsupported file type: .xyz");
    }

    @Test
    void rejects_empty_and_blank_files() {
        assertThatThrownBy(() -> parse("empty.docx", new byte[0])).isInstanceOf(ParseException.class).hasMessage("empty file");
        assertThatThrownBy(() -> parse("blank.txt", utf8(" \n\n \t"))).isInstanceOf(ParseException.class)
                .hasMessage("no text found in file");
    }

    @Test
    void rejects_a_corrupt_docx() {
        assertThatThrownBy(() -> parse("broken.docx", utf8("PK\u0003\u0004 definitely not a zip")))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void truncates_at_the_write_limit() {
        String html = "<html><body>" + "<p>lots of words in a paragraph</p>".repeat(2000) + "</body></html>";

        ParsedDocument doc = parser.parse("big.html", null, new ByteArrayInputStream(utf8(html)),
                ParseLimits.DEFAULT.withMaxChars(1000));

        assertThat(doc.truncated()).isTrue();
        assertThat(doc.text().length()).isLessThanOrEqualTo(1000);
    }

    @Test
    void rejects_a_zip_bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                zip.write(zeros); // 50 MB of one letter compresses to ~50 KB
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> parse("bomb.zip", out.toByteArray()))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("rejected as a suspected zip bomb");
    }

    @Test
    void gives_up_on_a_parse_that_outlives_the_timeout() {
        Parser slow = (name, type, in, limits) -> {
            while (true) {
                Interruption.check();
                Thread.onSpinWait();
            }
        };
        Parser limited = new TimeLimitedParser(slow, workers);

        assertThatThrownBy(() -> limited.parse("slow.txt", null, new ByteArrayInputStream(utf8("x")),
                ParseLimits.DEFAULT.withTimeout(Duration.ofMillis(200))))
                .isInstanceOf(ParseException.class).hasMessageContaining("timed out");
    }
}
