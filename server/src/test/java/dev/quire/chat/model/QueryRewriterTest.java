package dev.quire.chat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which questions the extractive backend searches in the context of the previous one. */
class QueryRewriterTest {
    private static final List<String> BEFORE = List.of("How much did revenue grow in 2021?");

    @Test
    void a_continuation_or_a_short_question_without_a_topic_takes_the_previous_question_s() {
        // The follow-up's numbers replace the previous question's.
        assertThat(QueryRewriter.rewrite(BEFORE, "and in 2022?")).isEqualTo("How much did revenue grow in in 2022?");
        assertThat(QueryRewriter.rewrite(BEFORE, "In 2022?")).isEqualTo("How much did revenue grow in In 2022?");
        assertThat(QueryRewriter.rewrite(BEFORE, "Why?")).isEqualTo("How much did revenue grow in 2021 Why?");
        assertThat(QueryRewriter.rewrite(BEFORE, "How much?")).isEqualTo("How much did revenue grow in 2021 How much?");
        assertThat(QueryRewriter.rewrite(BEFORE, "How long does it take?"))
                .isEqualTo("How much did revenue grow in 2021 How long does it take?");
    }

    @Test
    void a_short_question_with_its_own_topic_stands_alone() {
        assertThat(QueryRewriter.rewrite(BEFORE, "How long do refunds take?")).isEqualTo("How long do refunds take?");
        assertThat(QueryRewriter.rewrite(BEFORE, "Parking?")).isEqualTo("Parking?");
        assertThat(QueryRewriter.rewrite(BEFORE, "Explain the tracing.")).isEqualTo("Explain the tracing.");
        // Asked again, the same question is not doubled.
        assertThat(QueryRewriter.rewrite(List.of("How long do refunds take?"), "How long do refunds take?"))
                .isEqualTo("How long do refunds take?");
    }

    @Test
    void a_first_question_is_searched_as_asked() {
        assertThat(QueryRewriter.rewrite(List.of(), "  and in 2022?  ")).isEqualTo("and in 2022?");
    }
}
