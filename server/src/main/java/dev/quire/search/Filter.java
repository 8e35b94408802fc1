package dev.quire.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Conditions a chunk must all pass to be searched. Applied inside the search, so a query for
 * k results returns k whenever at least k chunks pass.
 *
 * <pre>{@code
 * Filter filter = Filter.of(Condition.gte("year", 2020), Condition.lt("year", 2024))
 *         .and(Condition.in(Filter.FILE_ID, List.of("file-1", "file-2")));
 * }</pre>
 */
public record Filter(List<Condition> conditions) {
    /** The static filter key naming the chunk's parsed directory file id. */
    public static final String FILE_ID = "parsed_directory_file_id";

    public static final Filter NONE = new Filter(List.of());

    public Filter {
        conditions = List.copyOf(conditions);
    }

    public static Filter of(Condition... conditions) {
        return new Filter(List.of(conditions));
    }

    public static Filter fileIdIn(Collection<String> fileIds) {
        return of(Condition.in(FILE_ID, fileIds));
    }

    public Filter and(Condition condition) {
        List<Condition> all = new ArrayList<>(conditions);
        all.add(condition);
        return new Filter(all);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }
}
