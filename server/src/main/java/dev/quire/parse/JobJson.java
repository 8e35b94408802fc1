package dev.quire.parse;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quire.common.Json;
import dev.quire.common.Timestamps;
import java.util.LinkedHashMap;
import java.util.Map;

/** A job in the wire shape of the client's {@code ParsingCreateResponse} (and list, cancel, get.job). */
record JobJson(String id, String projectId, String status, String createdAt, String updatedAt, String errorMessage,
               String name, String tier, Map<String, String> userMetadata, Map<String, Object> usage) {

    static JobJson of(ParseJob j) {
        Map<String, String> metadata = j.userMetadata().map(m -> {
            try {
                return Json.mapper().readValue(m, new TypeReference<LinkedHashMap<String, String>>() { });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).orElse(null);
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("credits", null);
        return new JobJson(j.id(), j.projectId(), j.status().name(), Timestamps.format(j.createdAt()),
                Timestamps.format(j.updatedAt()), j.errorMessage().orElse(null), j.name().orElse(null), j.tier(),
                metadata, usage);
    }
}
