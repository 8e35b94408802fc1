package dev.quire.parse;

import java.util.List;
import java.util.Optional;

/** Filters of the job list; {@code createdFrom}/{@code createdTo} are inclusive, in microseconds. */
public record JobQuery(Optional<JobStatus> status, List<String> jobIds, Optional<Long> createdFrom,
                       Optional<Long> createdTo) {
    public JobQuery {
        jobIds = List.copyOf(jobIds);
    }

    public static JobQuery all() {
        return new JobQuery(Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    /** The filters as strings, so a page token is only accepted with the filters it was made for. */
    public List<String> filters() {
        return List.of(status.map(Enum::name).orElse(""), String.join(",", jobIds),
                createdFrom.map(String::valueOf).orElse(""), createdTo.map(String::valueOf).orElse(""));
    }
}
