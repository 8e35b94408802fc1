package dev.quire.search;

import static dev.quire.search.TestChunks.doc;
import static dev.quire.search.TestChunks.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operator on a real index, checked through both BM25 and vector search. */
class FilterTest {
    @TempDir
    static Path dir;
    private static LuceneIndex index;

    @BeforeAll
    static void build() {
        Map<String, Object> none = new HashMap<>();
        none.put("author", null);
        index = LuceneIndex.open(dir, 4);
        index.replaceFile("f1", List.of(
                doc("alice", "f1", 0, "common words", unit(4, 0),
                        Map.of("author", "alice", "year", 2020, "tags", List.of("red", "blue"), "draft", true,
                                "score", 1.5, "date", "2024-01-10")),
                doc("bob", "f1", 1, "common words", unit(4, 1),
                        Map.of("author", "bob", "year", 2021, "tags", List.of("blue"), "draft", false, "date", "2024-03-01"))));
        index.replaceFile("f2", List.of(
                doc("carol", "f2", 0, "common words", unit(4, 2), Map.of("author", "carol", "year", 2023.0, "score", 7)),
                doc("nobody", "f2", 1, "common words", unit(4, 3), none),
                doc("bare", "f2", 2, "common words", unit(4, 0))));
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Set<String> matching(Condition... conditions) {
        Filter filter = Filter.of(conditions);
        Set<String> byText = ids(index.bm25("common", filter, 100));
        Set<String> byVector = ids(index.vector(new float[] {1, 1, 1, 1}, filter, 100, 100));
        assertThat(byVector).as("vector and BM25 agree on %s", filter).isEqualTo(byText);
        return byText;
    }

    private static Set<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> h.chunk().chunkId()).collect(Collectors.toSet());
    }

    @Test
    void eq_matches_strings_booleans_and_numbers_of_any_type() {
        assertThat(matching(Condition.eq("author", "alice"))).containsOnly("alice");
        assertThat(matching(Condition.eq("draft", true))).containsOnly("alice");
        assertThat(matching(Condition.eq("draft", false))).containsOnly("bob");
        assertThat(matching(Condition.eq("year", 2023))).containsOnly("carol"); // stored as 2023.0
        assertThat(matching(Condition.eq("year", 2021.0))).containsOnly("bob");
        assertThat(matching(Condition.eq("author", "zed"))).isEmpty();
    }

    @Test
    void ne_matches_chunks_missing_the_key_or_holding_null() {
        assertThat(matching(Condition.ne("author", "alice"))).containsOnly("bob", "carol", "nobody", "bare");
    }

    @Test
    void in_and_nin_take_arrays() {
        assertThat(matching(Condition.in("author", List.of("alice", "carol")))).containsOnly("alice", "carol");
        assertThat(matching(Condition.nin("author", List.of("alice", "carol")))).containsOnly("bob", "nobody", "bare");
        assertThat(matching(Condition.in("author", List.of()))).isEmpty();
        assertThat(matching(Condition.nin("author", List.of()))).hasSize(5);
    }

    @Test
    void array_metadata_matches_when_any_element_does() {
        assertThat(matching(Condition.eq("tags", "blue"))).containsOnly("alice", "bob");
        assertThat(matching(Condition.eq("tags", "red"))).containsOnly("alice");
        assertThat(matching(Condition.in("tags", List.of("red", "green")))).containsOnly("alice");
        assertThat(matching(Condition.ne("tags", "red"))).containsOnly("bob", "carol", "nobody", "bare");
        assertThat(matching(Condition.nin("tags", List.of("blue")))).containsOnly("carol", "nobody", "bare");
    }

    @Test
    void range_operators_compare_numbers_and_skip_chunks_without_the_key() {
        assertThat(matching(Condition.gt("year", 2020))).containsOnly("bob", "carol");
        assertThat(matching(Condition.gte("year", 2020))).containsOnly("alice", "bob", "carol");
        assertThat(matching(Condition.lt("year", 2021))).containsOnly("alice");
        assertThat(matching(Condition.lte("year", 2021))).containsOnly("alice", "bob");
        assertThat(matching(Condition.gt("score", 1.5))).containsOnly("carol");
        assertThat(matching(Condition.gte("score", 1.5))).containsOnly("alice", "carol");
    }

    @Test
    void bounds_on_one_key_combine_into_a_range() {
        assertThat(matching(Condition.gte("year", 2020.5), Condition.lt("year", 2023))).containsOnly("bob");
    }

    @Test
    void string_ranges_compare_as_text_for_iso_dates() {
        assertThat(matching(Condition.gte("date", "2024-02-01"))).containsOnly("bob");
        assertThat(matching(Condition.lt("date", "2024-02-01"))).containsOnly("alice");
    }

    @Test
    void conditions_on_different_keys_all_apply() {
        assertThat(matching(Condition.eq("tags", "blue"), Condition.gt("year", 2020))).containsOnly("bob");
        assertThat(matching(Condition.ne("author", "bob"), Condition.eq(Filter.FILE_ID, "f1"))).containsOnly("alice");
    }

    @Test
    void file_id_filters_support_eq_ne_in_and_nin() {
        assertThat(matching(Condition.eq(Filter.FILE_ID, "f1"))).containsOnly("alice", "bob");
        assertThat(matching(Condition.ne(Filter.FILE_ID, "f1"))).containsOnly("carol", "nobody", "bare");
        assertThat(matching(Condition.in(Filter.FILE_ID, List.of("f2", "f9")))).containsOnly("carol", "nobody", "bare");
        assertThat(matching(Condition.nin(Filter.FILE_ID, List.of("f2")))).containsOnly("alice", "bob");
        assertThat(ids(index.bm25("common", Filter.fileIdIn(List.of("f1")), 10))).containsOnly("alice", "bob");
    }

    @Test
    void rejects_malformed_conditions_with_precise_messages() {
        assertThatThrownBy(() -> new Condition("year", Operator.IN, 2020)).hasMessageContaining("takes an array");
        assertThatThrownBy(() -> Condition.gt("draft", true)).hasMessageContaining("cannot compare booleans");
        assertThatThrownBy(() -> Condition.gt(Filter.FILE_ID, "f1")).hasMessageContaining("eq, ne, in and nin");
        assertThatThrownBy(() -> Condition.eq("k", Map.of())).hasMessageContaining("string, number or boolean");
        assertThatThrownBy(() -> Operator.parse("~=")).hasMessageContaining("unknown filter operator: ~=");
        assertThat(Operator.parse(">=")).isEqualTo(Operator.GTE);
        assertThat(Operator.parse("nin")).isEqualTo(Operator.NIN);
    }
}
