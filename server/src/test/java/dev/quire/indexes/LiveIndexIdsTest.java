package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LiveIndexIdsTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final LiveIndexIds cache = new LiveIndexIds(100, now::get);
    private final Set<String> liveInDatabase = new HashSet<>(Set.of("idx-a", "cfg-a", "idx-b"));
    private final List<List<String>> lookups = new ArrayList<>();

    private Set<String> ask(String project, String... ids) {
        return cache.live(project, List.of(ids), (p, wanted) -> {
            lookups.add(wanted);
            Set<String> found = new HashSet<>(wanted);
            found.retainAll(project.equals("p1") ? liveInDatabase : Set.of());
            return found;
        });
    }

    @Test
    void looks_up_only_what_it_has_not_seen_live_and_never_remembers_missing_ids() {
        assertThat(ask("p1", "idx-a", "idx-x")).containsExactly("idx-a");
        assertThat(ask("p1", "idx-a", "idx-x", "idx-b")).containsExactlyInAnyOrder("idx-a", "idx-b");
        assertThat(lookups).containsExactly(List.of("idx-a", "idx-x"), List.of("idx-x", "idx-b"));
    }

    @Test
    void entries_belong_to_their_project() {
        ask("p1", "idx-a");
        assertThat(ask("p2", "idx-a")).isEmpty();
    }

    @Test
    void entries_expire_so_deletions_elsewhere_are_seen() {
        ask("p1", "idx-a");
        liveInDatabase.remove("idx-a");
        now.addAndGet(99);
        assertThat(ask("p1", "idx-a")).containsExactly("idx-a");
        now.addAndGet(1);
        assertThat(ask("p1", "idx-a")).isEmpty();
    }

    @Test
    void forgetting_an_index_drops_both_its_names() {
        ask("p1", "idx-a", "cfg-a");
        liveInDatabase.removeAll(Set.of("idx-a", "cfg-a"));
        Index deleted = index("idx-a", "p1", "cfg-a");
        cache.forget(deleted);
        assertThat(ask("p1", "idx-a", "cfg-a")).isEmpty();
    }

    private static Index index(String id, String projectId, String exportConfigId) {
        return new Index(id, projectId, "n", Optional.empty(), "dir", "out", "sync", exportConfigId, "manual",
                List.of(), "DEFAULT", List.of(), "m", 384, Index.READY, Optional.empty(), true, 1, 1,
                Optional.empty(), Optional.empty(), Optional.of(2L));
    }
}
