package dev.quire.indexes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * Remembers which index ids (and export config ids) were recently seen live, so that creating a chat
 * session, which names its indexes, does not query the catalog every time. Deleting an index through
 * this process forgets it at once; an entry also expires after {@code ttlNanos}, which bounds how long
 * a deletion made by another server on the same database can go unnoticed (turns skip deleted indexes
 * anyway, so a session bound in that window loses nothing but the deleted index).
 */
final class LiveIndexIds {
    private static final int MAX_ENTRIES = 100_000;

    private final Map<Key, Long> seenUntil = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoClock;

    LiveIndexIds(long ttlNanos, LongSupplier nanoClock) {
        this.ttlNanos = ttlNanos;
        this.nanoClock = nanoClock;
    }

    private record Key(String projectId, String id) {}

    /** The live ones among {@code ids}; ids not remembered are looked up together by {@code lookup}. */
    Set<String> live(String projectId, List<String> ids, BiFunction<String, List<String>, Set<String>> lookup) {
        long now = nanoClock.getAsLong();
        Set<String> live = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            Long until = seenUntil.get(new Key(projectId, id));
            if (until != null && until - now > 0) {
                live.add(id);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            Set<String> found = lookup.apply(projectId, unknown);
            if (seenUntil.size() > MAX_ENTRIES) {
                seenUntil.clear();
            }
            found.forEach(id -> seenUntil.put(new Key(projectId, id), now + ttlNanos));
            live.addAll(found);
        }
        return live;
    }

    /** Forgets an index under both of its names. */
    void forget(Index index) {
        seenUntil.remove(new Key(index.projectId(), index.id()));
        seenUntil.remove(new Key(index.projectId(), index.exportConfigId()));
    }
}
