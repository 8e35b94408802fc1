package dev.quire.chat.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.common.Json;
import dev.quire.testing.CitationVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which sentences the extractive backend quotes from a retrieve result, in the shape the agent's
 * retrieve tool returns it (best first); every answer's citations are checked by the verifier the
 * chat tests use. The end-to-end turn over a real index is in ChatTurnApiTest.
 */
class ExtractiveModelTest {

    private static ObjectNode chunk(String file, double score, String content) {
        ObjectNode c = Json.mapper().createObjectNode().put("file_name", file).put("content", content).put("score", score);
        c.putObject("static_fields").put("page_range_start", 1).put("page_range_end", 1);
        return c;
    }

    /** The answer to {@code question} after a retrieve call returned {@code chunks}, its citations verified. */
    private static String answer(String question, JsonNode... chunks) {
        ObjectNode result = Json.mapper().createObjectNode();
        ArrayNode results = result.putArray("results");
        results.addAll(List.of(chunks));
        ModelReply reply = new ExtractiveModel().complete(new ModelRequest(List.of(new ModelMessage.User(question),
                new ModelMessage.Assistant("", List.of(new ToolCall("call_1", "retrieve", Json.mapper().createObjectNode()))),
                new ModelMessage.Tool("call_1", "retrieve", result)), List.of()), ModelListener.NONE);
        ObjectNode toolResult = Json.mapper().createObjectNode().put("type", "tool_result");
        toolResult.set("result", result);
        CitationVerifier.Report report = CitationVerifier.check(List.of(toolResult,
                Json.mapper().createObjectNode().put("type", "text").put("content", reply.text())), true);
        assertThat(report.problems()).as(reply.text()).isEmpty();
        return reply.text();
    }

    private static List<String> sources(String answer) {
        return answer.substring(answer.indexOf("\n\nSources:\n") + "\n\nSources:\n".length()).lines().toList();
    }

    @Test
    void asks_the_index_for_ten_chunks() {
        ModelReply reply = new ExtractiveModel().complete(new ModelRequest(List.of(new ModelMessage.User("tea?")),
                List.of(new ToolSpec("retrieve", "search", Json.mapper().createObjectNode()))), ModelListener.NONE);

        assertThat(reply.toolCalls()).singleElement()
                .satisfies(call -> assertThat(call.arguments().get("top_k").asInt()).isEqualTo(10));
    }

    @Test
    void the_top_chunk_is_cited_even_when_none_of_its_sentences_shares_a_word_with_the_question() {
        String answer = answer("Ivermectin is used to treat onchocerciasis.",
                chunk("river.txt", 0.95, "Mass drug administration reached forty million people in the savanna belt "
                        + "every year. Coverage grew."),
                chunk("drugs.txt", 0.90, "Ivermectin is given once a year. Onchocerciasis control uses it widely."),
                chunk("other.txt", 0.50, "Doctors treat many diseases with common drugs every day."));

        assertThat(sources(answer)).anyMatch(s -> s.endsWith(" river.txt, p. 1"));
        // Best-matching sentence first; the top chunk's sentence, matching no word, comes after it.
        assertThat(answer).startsWith("Onchocerciasis control uses it widely.")
                .contains("Mass drug administration reached forty million people in the savanna belt every year.");
    }

    @Test
    void words_match_in_other_forms_of_the_same_stem() {
        String answer = answer("Inhibiting activation prevents thrombosis.",
                chunk("clot.txt", 0.9, "Background on enzymes. Inhibition of platelet activity lowered the rate of clotting."));

        assertThat(answer).startsWith("Inhibition of platelet activity lowered the rate of clotting. [1]");
    }

    @Test
    void a_lower_chunk_that_matches_the_question_closely_is_quoted_first_and_chunks_matching_one_word_are_left_out() {
        String answer = answer("Do venules have a thinner smooth muscle layer than arterioles?",
                chunk("a.txt", 0.90, "Venules and arterioles were imaged in the retina of all patients."),
                chunk("b.txt", 0.88, "Arterioles were counted in each biopsy."),
                chunk("c.txt", 0.86, "Venules dilated after the drug was given."),
                chunk("d.txt", 0.85, "Arterioles constricted in the cold."),
                chunk("e.txt", 0.70, "Compared with arterioles, venules have a thinner smooth muscle layer."));

        assertThat(answer).startsWith("Compared with arterioles, venules have a thinner smooth muscle layer. [");
        // The top chunk is quoted too; the chunks matching a single common word are left out as noise.
        assertThat(sources(answer)).hasSize(2).anyMatch(s -> s.endsWith(" a.txt, p. 1"))
                .anyMatch(s -> s.endsWith(" e.txt, p. 1"));
    }

    @Test
    void a_sentence_with_reference_brackets_is_quoted_up_to_the_first_bracket() {
        String answer = answer("Which neglected diseases did mass treatment reduce?",
                chunk("ntd.txt", 0.9, "Mass treatment reduced neglected diseases such as lymphatic filariasis and "
                        + "onchocerciasis across Africa [2]. Other text follows here."));

        assertThat(answer).startsWith("Mass treatment reduced neglected diseases such as lymphatic filariasis and "
                + "onchocerciasis across Africa ... [1]").doesNotContain("[2]");
    }

    @Test
    void a_quantity_question_is_matched_by_its_topic_not_by_its_frame() {
        String answer = answer("How long do refunds take?",
                chunk("guide.md", 0.9, "Refunds are issued within 14 days once the returned item reaches our warehouse."),
                chunk("a.txt", 0.8, "Parking spaces are free on Sundays."));

        assertThat(answer).startsWith("Refunds are issued within 14 days").contains("[1]");
        assertThat(ExtractiveModel.withoutFrame("How many vials does a kit hold?")).isEqualTo("how vials does a kit hold?");
        assertThat(ExtractiveModel.withoutFrame("how much does shipping cost?")).isEqualTo("how does shipping");
        assertThat(ExtractiveModel.withoutFrame("Which long-term effects take hold?")).isEqualTo("Which long-term effects take hold?");
    }

    @Test
    void a_single_shared_word_is_still_not_enough_for_a_quantity_question() {
        assertThat(answer("How many parking spaces does the office have?",
                chunk("tea.txt", 0.9, "The office kitchen has green tea."))).isEqualTo(ExtractiveModel.NOTHING_FOUND);
    }

    @Test
    void an_explanation_question_is_matched_by_its_topic_not_by_its_frame() {
        String answer = answer("Explain the tracing.",
                chunk("telemetry.md", 0.9, "OpenTelemetry traces are exported in batches once an endpoint is configured."),
                chunk("a.txt", 0.8, "Parking spaces are free on Sundays."));

        assertThat(answer).startsWith("OpenTelemetry traces are exported in batches").contains("[1]");
        assertThat(ExtractiveModel.withoutFrame("Explain the tracing.")).isEqualTo("the tracing.");
        assertThat(ExtractiveModel.withoutFrame("please describe the backup")).isEqualTo("the backup");
        assertThat(ExtractiveModel.withoutFrame("What is the router responsible for?")).isEqualTo("What is the router   for?");
        assertThat(ExtractiveModel.withoutFrame("What is the purpose of the cache?")).isEqualTo("What is   the cache?");
        assertThat(ExtractiveModel.withoutFrame("How does the chat service work?")).isEqualTo("How does the chat service  ?");
        // Only the frame: "work" as a topic, and "describe" inside a question, stay.
        assertThat(ExtractiveModel.withoutFrame("Which work permits are needed?")).isEqualTo("Which work permits are needed?");
        assertThat(ExtractiveModel.withoutFrame("Which figures describe the trend?")).isEqualTo("Which figures describe the trend?");
    }

    @Test
    void frame_words_shared_with_a_generic_sentence_do_not_make_it_cover_the_question() {
        // Before: "policy" and "work" were two shared content words, so this unrelated chunk was quoted.
        assertThat(answer("How does the refund policy work?",
                chunk("hr.txt", 0.9, "Our policy on remote work was revised in March.")))
                .isEqualTo(ExtractiveModel.NOTHING_FOUND);
    }

    @Test
    void a_question_in_words_covers_code_naming_it_in_camel_case() {
        String answer = answer("How does the chat service work?",
                chunk("ChatService.java", 0.9, "The ChatService stores each session and streams its turns."),
                chunk("a.txt", 0.8, "Parking spaces are free on Sundays."));

        assertThat(answer).startsWith("The ChatService stores each session").contains("[1]");
    }

    @Test
    void word_forms_with_different_stems_still_cover_the_question_when_one_begins_the_other() {
        String answer = answer("What is the token counter for?",
                chunk("TokenCounter.java", 0.9, "Counts the tokens a text costs the embedding model."));

        assertThat(answer).startsWith("Counts the tokens a text costs").contains("[1]");
        assertThat(ExtractiveModel.sameWord("counter", "count")).isTrue();
        assertThat(ExtractiveModel.sameWord("cardiolog", "card")).isFalse();
        assertThat(answer("What are the card fees?", chunk("a.txt", 0.9, "Cardiology fees rose in March.")))
                .isEqualTo(ExtractiveModel.NOTHING_FOUND);
    }

    @Test
    void says_nothing_was_found_when_none_of_the_first_three_chunks_covers_the_question() {
        String answer = answer("What is the boiling point of mercury?",
                chunk("tea.txt", 0.9, "Boiling water makes green tea bitter."),
                chunk("a.txt", 0.8, "Parking spaces are free on Sundays."),
                chunk("b.txt", 0.7, "The meeting point is the station."),
                chunk("c.txt", 0.6, "Mercury has a boiling point of 357 degrees."));

        assertThat(answer).isEqualTo(ExtractiveModel.NOTHING_FOUND);
    }
}
