package dev.quire.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

class GrepLimitsTest {
    @Test
    void nested_counted_repetitions_multiply() {
        assertThat(RegexCost.of("(a{1000}){1000}").nestedRepeat()).isEqualTo(1_000_000);
        assertThat(RegexCost.of("((a{20}){20}){20}").nestedRepeat()).isEqualTo(8_000);
        assertThat(RegexCost.of("([a-z]{50}|b){50}").nestedRepeat()).isEqualTo(2_500);
        assertThat(RegexCost.of("(?:x{2,30}){40,}").nestedRepeat()).isEqualTo(1_200);
    }

    @Test
    void ordinary_patterns_are_cheap() {
        assertThat(RegexCost.of("alpha").size()).isEqualTo(5);
        assertThat(RegexCost.of("\\d{4}-\\d{2}-\\d{2}").nestedRepeat()).isEqualTo(4);
        assertThat(RegexCost.of("(?i)revenue (grew|fell) \\d+ ?%").size()).isLessThan(40);
        assertThat(RegexCost.of("[a-z]{1000}").size()).isEqualTo(1000);
        assertThat(RegexCost.of("\\p{Greek}+|[\\]{}]{3}").nestedRepeat()).isEqualTo(3);
    }

    @Test
    void braces_that_are_no_repetition_count_as_literals() {
        assertThat(RegexCost.of("a{b}").nestedRepeat()).isEqualTo(1);
        assertThat(RegexCost.of("{1000}").nestedRepeat()).isLessThanOrEqualTo(1000);
        assertThat(RegexCost.of("a{").size()).isEqualTo(2);
    }

    @Test
    void sequential_repetitions_add_up_in_the_size() {
        assertThat(RegexCost.of("a{900}b{900}c{900}").size()).isEqualTo(2700);
        assertThat(RegexCost.of("a{900}b{900}c{900}").nestedRepeat()).isEqualTo(900);
    }

    @Test
    void a_scan_past_its_deadline_stops_inside_the_matcher() {
        String text = "ab".repeat(500_000);
        Pattern expensive = Pattern.compile("(a|b|ab|ba){3,900}x");
        long started = System.nanoTime();
        assertThatThrownBy(() -> expensive.matcher(new TimeLimitedText(text, System.nanoTime() + 50_000_000L)).find()).isInstanceOf(TimeLimitedText.Expired.class);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void a_scan_within_its_time_finds_what_a_plain_string_finds() {
        String text = "one two three two one";
        var m = Pattern.compile("two").matcher(new TimeLimitedText(text, System.nanoTime() + 1_000_000_000L));
        assertThat(m.find()).isTrue();
        assertThat(m.start()).isEqualTo(4);
        assertThat(m.find()).isTrue();
        assertThat(m.start()).isEqualTo(14);
    }
}
