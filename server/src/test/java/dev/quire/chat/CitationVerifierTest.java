package dev.quire.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.common.Json;
import dev.quire.testing.CitationVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The citation verifier the chat tests run on every turn: it must catch each kind of bad citation. */
class CitationVerifierTest {
    private static final String TEA = "Green tea should be brewed at eighty degrees. Boiling water makes green tea bitter.";

    private static JsonNode chunk(String file, int from, int to, String content) {
        ObjectNode c = Json.mapper().createObjectNode().put("file_name", file).put("content", content);
        c.putObject("static_fields").put("page_range_start", from).put("page_range_end", to);
        return c;
    }

    private static List<JsonNode> turn(String answer, JsonNode... chunks) {
        ObjectNode result = Json.mapper().createObjectNode().put("type", "tool_result");
        result.putObject("result").putArray("results").addAll(List.of(chunks));
        return List.of(Json.mapper().createObjectNode().put("type", "user_input"), result,
                Json.mapper().createObjectNode().put("type", "text").put("content", answer));
    }

    @Test
    void a_quote_of_a_returned_chunk_with_its_file_and_pages_holds() {
        CitationVerifier.Report report = CitationVerifier.check(turn("Green tea should be brewed at eighty degrees. [1] "
                + "Revenue grew. [2]\n\nSources:\n[1] tea.txt, p. 1\n[2] report.pdf, pp. 2-3",
                chunk("tea.txt", 1, 1, TEA), chunk("report.pdf", 2, 3, "Revenue\n grew.")), true);

        assertThat(report.problems()).isEmpty();
        assertThat(report.citations()).isEqualTo(2);
        assertThat(report.valid()).isEqualTo(2);
    }

    @Test
    void a_citation_of_a_chunk_not_returned_in_the_turn_fails() {
        CitationVerifier.Report report = CitationVerifier.check(turn("Tea is bitter. [1]\n\nSources:\n[1] other.txt, p. 1",
                chunk("tea.txt", 1, 1, TEA)), false);

        assertThat(report.valid()).isZero();
        assertThat(report.problems()).anyMatch(p -> p.contains("no tool returned"));
    }

    @Test
    void a_page_outside_the_chunk_s_range_fails() {
        CitationVerifier.Report report = CitationVerifier.check(turn("Boiling water makes green tea bitter. [1]"
                + "\n\nSources:\n[1] tea.txt, p. 2", chunk("tea.txt", 1, 1, TEA)), true);

        assertThat(report.ok()).isFalse();
        assertThat(report.valid()).isZero();
    }

    @Test
    void a_quote_that_is_not_verbatim_fails() {
        CitationVerifier.Report report = CitationVerifier.check(turn("Boiling water makes black tea bitter. [1]"
                + "\n\nSources:\n[1] tea.txt, p. 1", chunk("tea.txt", 1, 1, TEA)), true);

        assertThat(report.valid()).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString().contains("not found verbatim");
    }

    @Test
    void numbers_missing_from_the_list_or_beyond_the_returned_chunks_fail() {
        assertThat(CitationVerifier.check(turn("Tea. [2]\n\nSources:\n[1] tea.txt, p. 1", chunk("tea.txt", 1, 1, TEA)),
                false).problems()).anyMatch(p -> p.contains("not in the sources list"))
                .anyMatch(p -> p.contains("never cited"));
        assertThat(CitationVerifier.check(turn("Tea takes 80 degrees [2].", chunk("tea.txt", 1, 1, TEA)), false).ok())
                .isFalse();
        assertThat(CitationVerifier.check(turn("Tea takes 80 degrees [1].", chunk("tea.txt", 1, 1, TEA)), false).ok())
                .isTrue();
    }
}
