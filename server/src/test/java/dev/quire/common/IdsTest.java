package dev.quire.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void random_ids_are_prefixed_version_4_uuids_and_never_repeat_across_threads() {
        Ids ids = Ids.random();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        // More than one 4 KB buffer per thread, on several threads at once.
        IntStream.range(0, 20_000).parallel().forEach(i -> assertThat(seen.add(ids.prefixed("ses"))).isTrue());
        assertThat(seen).hasSize(20_000).allSatisfy(id ->
                assertThat(id).matches("ses-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }
}
