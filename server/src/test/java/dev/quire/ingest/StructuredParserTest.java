package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.layout.Item;
import dev.quire.ingest.layout.LayoutPage;
import dev.quire.testing.GeneratedDocs;
import dev.quire.testing.GeneratedDocs.Block;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The structure-preserving parse on generated documents whose structure is known. */
class StructuredParserTest {
    static final List<List<Block>> REPORT = StructuredParserTestDocs.REPORT;

    private final StructuredParser parser = StructuredParser.standard();

    private StructuredDocument parse(String name, byte[] bytes) {
        return parser.parse(name, null, new ByteArrayInputStream(bytes), ParseOptions.of(ParseLimits.DEFAULT));
    }

    @Test
    void a_pdf_keeps_headings_tables_lists_and_leaves_running_headers_out_of_the_body() {
        StructuredDocument doc = parse("report.pdf", GeneratedDocs.pdf(REPORT));

        LayoutPage first = doc.pages().get(0);
        assertThat(first.items()).first().isEqualTo(first.items().get(0));
        assertThat(first.items().get(0)).isInstanceOfSatisfying(Item.Heading.class, h -> {
            assertThat(h.level()).isEqualTo(1);
            assertThat(h.value()).isEqualTo("Annual Results");
            assertThat(h.box()).isPresent();
        });
        assertThat(first.items()).filteredOn(i -> i instanceof Item.Heading).extracting(Item::md)
                .containsExactly("# Annual Results", "## Regional Figures");
        Item.Table table = (Item.Table) first.items().stream().filter(i -> i instanceof Item.Table).findFirst().orElseThrow();
        assertThat(table.rows()).containsExactly(List.of("Region", "Revenue", "Growth"),
                List.of("North", "1200", "4%"), List.of("South", "950", "7%"), List.of("East", "780", "2%"));
        assertThat(first.items()).filteredOn(i -> i instanceof Item.ListBlock).singleElement()
                .isInstanceOfSatisfying(Item.ListBlock.class, l -> assertThat(l.entries())
                        .containsExactly("Hire two engineers", "Open the Lisbon office"));
        assertThat(first.header()).contains(GeneratedDocs.RUNNING_HEADER);
        assertThat(first.footer()).contains("Page 1");
        assertThat(doc.document().pageText(1)).contains("| Region | Revenue | Growth |")
                .doesNotContain(GeneratedDocs.RUNNING_HEADER).doesNotContain("Page 1");
        assertThat(doc.document().pageText(2)).startsWith("## Outlook");
        assertThat(doc.document().title()).contains("Annual Results");
    }

    @Test
    void an_image_only_pdf_is_read_by_ocr_at_300_dpi_even_slightly_rotated() {
        StructuredDocument doc = parse("scan.pdf", GeneratedDocs.scan(GeneratedDocs.pdf(REPORT), 300, 1.0));

        assertThat(doc.pages()).hasSize(2).noneMatch(LayoutPage::failed);
        assertThat(doc.document().pageText(1)).contains("Annual Results").contains("Revenue grew in every region");
        assertThat(doc.document().pageText(2)).contains("steady demand");
        assertThat(doc.pages().get(0).items()).anySatisfy(i -> assertThat(i).isInstanceOf(Item.Heading.class));
    }

    @Test
    void an_image_file_is_read_by_ocr() {
        StructuredDocument doc = parse("page.png", GeneratedDocs.png(GeneratedDocs.pdf(REPORT), 300));

        assertThat(doc.document().text()).contains("Revenue grew in every region");
    }

    @Test
    void without_tesseract_a_scanned_page_fails_saying_how_to_install_it() {
        StructuredParser noOcr = StructuredParser.standard(new Tesseract(Optional.of(Path.of("/nonexistent/tesseract"))));
        byte[] scan = GeneratedDocs.scan(GeneratedDocs.pdf(REPORT), 150, 0);

        assertThatThrownBy(() -> noOcr.parse("scan.pdf", null, new ByteArrayInputStream(scan),
                ParseOptions.of(ParseLimits.DEFAULT)))
                .isInstanceOf(ParseException.class).hasMessageContaining("apt-get install tesseract-ocr");
    }

    @Test
    void office_and_html_become_items_through_tikas_markdown() {
        String html = "<html><body><h1>Guide</h1><p>Intro text.</p><ul><li>one</li><li>two</li></ul>"
                + "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table></body></html>";
        StructuredDocument doc = parse("guide.html", html.getBytes(StandardCharsets.UTF_8));

        List<Item> items = doc.pages().get(0).items();
        assertThat(items).first().isInstanceOfSatisfying(Item.Heading.class, h -> assertThat(h.value()).isEqualTo("Guide"));
        assertThat(items).anySatisfy(i -> assertThat(i).isInstanceOfSatisfying(Item.ListBlock.class,
                l -> assertThat(l.entries()).containsExactly("one", "two")));
        assertThat(items).anySatisfy(i -> assertThat(i).isInstanceOfSatisfying(Item.Table.class,
                t -> assertThat(t.rows()).containsExactly(List.of("a", "b"), List.of("1", "2"))));
    }

    @Test
    void a_pdf_over_the_page_limit_fails_when_asked_to_instead_of_being_cut() {
        byte[] pdf = TestPdfs.pdf(null, java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> List.of("page " + i)).toList());
        ParseOptions strict = new ParseOptions(ParseLimits.DEFAULT.withMaxPages(5), Optional.empty(), List.of("eng"), true);

        assertThatThrownBy(() -> parser.parse("long.pdf", null, new ByteArrayInputStream(pdf), strict))
                .isInstanceOf(ParseException.class).hasMessageContaining("too many pages: 6");
    }
}
