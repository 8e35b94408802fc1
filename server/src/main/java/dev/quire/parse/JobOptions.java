package dev.quire.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of a job that change what the server does, validated, as stored with the job.
 *
 * @param targetPages             1-based pages to parse, as the client wrote them ("1,3,5-8")
 * @param maxPages                at most this many pages (the server's page limit still applies)
 * @param languages               OCR languages, the API's codes ("en", "fr")
 * @param allowedPageFailureRatio the job fails when a larger share of its pages failed (default 0.05)
 * @param timeoutSeconds          base + extra per page, when the client set them (the server's limit still applies)
 * @param mediaType               the Content-Type a source URL answered with, a hint for files without extension
 */
public record JobOptions(Optional<String> targetPages, Optional<Integer> maxPages, List<String> languages,
                         Optional<Double> allowedPageFailureRatio, Optional<Integer> baseTimeoutSeconds,
                         Optional<Integer> extraSecondsPerPage, Optional<String> mediaType) {
    public static final double DEFAULT_ALLOWED_PAGE_FAILURE_RATIO = 0.05;

    public JobOptions {
        languages = List.copyOf(languages);
    }

    JobOptions withMediaType(Optional<String> type) {
        return new JobOptions(targetPages, maxPages, languages, allowedPageFailureRatio, baseTimeoutSeconds,
                extraSecondsPerPage, type);
    }

    /** As stored in the job row. */
    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target_pages", targetPages.orElse(null));
        json.put("max_pages", maxPages.orElse(null));
        json.put("languages", languages);
        json.put("allowed_page_failure_ratio", allowedPageFailureRatio.orElse(null));
        json.put("base_in_seconds", baseTimeoutSeconds.orElse(null));
        json.put("extra_time_per_page_in_seconds", extraSecondsPerPage.orElse(null));
        json.put("media_type", mediaType.orElse(null));
        return Json.write(json);
    }

    static JobOptions fromJson(String stored) {
        JsonNode n = Json.read(stored);
        List<String> languages = new ArrayList<>();
        n.path("languages").forEach(l -> languages.add(l.asText()));
        return new JobOptions(text(n, "target_pages"), number(n, "max_pages").map(Number::intValue), languages,
                number(n, "allowed_page_failure_ratio").map(Number::doubleValue),
                number(n, "base_in_seconds").map(Number::intValue),
                number(n, "extra_time_per_page_in_seconds").map(Number::intValue), text(n, "media_type"));
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static Optional<Number> number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.numberValue());
    }
}
