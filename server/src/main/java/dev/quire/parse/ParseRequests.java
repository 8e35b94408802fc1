package dev.quire.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import dev.quire.http.JsonBody;
import dev.quire.ingest.OcrLanguages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads the create body the TypeScript client sends. Options that the server honours are read and
 * checked; options it cannot honour offline are refused with 422 naming them (never silently
 * ignored when they would change the output); formatting hints that do not apply are accepted.
 */
final class ParseRequests {
    /** Options that need a network, a model or a feature this server does not have. */
    private static final List<String> REFUSED = List.of("agentic_options", "webhook_configurations",
            "webhook_configuration_ids", "configuration_id", "crop_box", "http_proxy");
    private static final int MAX_METADATA_ENTRIES = 50;
    private static final int MAX_METADATA_CHARS = 1000;

    private ParseRequests() {}

    static CreateRequest read(JsonBody body, String raw) {
        String tier = body.requiredString("tier");
        String version = body.requiredString("version");
        Optional<String> fileId = body.optionalString("file_id");
        Optional<String> sourceUrl = body.optionalString("source_url");
        Optional<String> name = body.optionalString("name");
        for (String field : REFUSED) {
            if (body.has(field)) {
                body.fail("not_supported", field + " is not supported by this server (offline, rule-based parsing)",
                        body.raw(field), field);
            }
        }
        Map<String, String> metadata = userMetadata(body);
        Optional<String> targetPages = Optional.empty();
        Optional<Integer> maxPages = Optional.empty();
        Optional<JsonBody> ranges = body.optionalChild("page_ranges");
        if (ranges.isPresent()) {
            targetPages = ranges.get().optionalString("target_pages");
            maxPages = ranges.get().optionalInt("max_pages");
            targetPages.ifPresent(t -> {
                if (pages(t).isEmpty()) {
                    ranges.get().fail("value_error", "target_pages must be 1-based pages and ranges such as '1,3,5-8', "
                            + "without duplicates", t, "target_pages");
                }
            });
            maxPages.filter(m -> m < 1).ifPresent(m -> ranges.get().fail("greater_than_equal",
                    "Input should be greater than or equal to 1", m, "max_pages"));
        }
        List<String> languages = languages(body);
        Optional<Double> ratio = Optional.empty();
        Optional<Integer> base = Optional.empty();
        Optional<Integer> extra = Optional.empty();
        Optional<JsonBody> control = body.optionalChild("processing_control");
        if (control.isPresent()) {
            Optional<JsonBody> failure = control.get().optionalChild("job_failure_conditions");
            if (failure.isPresent()) {
                ratio = failure.get().optionalNumber("allowed_page_failure_ratio");
                ratio.filter(r -> r < 0 || r > 1).ifPresent(r -> failure.get().fail("value_error",
                        "allowed_page_failure_ratio must be between 0 and 1", r, "allowed_page_failure_ratio"));
            }
            Optional<JsonBody> timeouts = control.get().optionalChild("timeouts");
            if (timeouts.isPresent()) {
                base = timeouts.get().optionalInt("base_in_seconds");
                extra = timeouts.get().optionalInt("extra_time_per_page_in_seconds");
                base.filter(b -> b < 1 || b > 7200).ifPresent(b -> timeouts.get().fail("value_error",
                        "base_in_seconds must be between 1 and 7200", b, "base_in_seconds"));
                extra.filter(b -> b < 0 || b > 300).ifPresent(b -> timeouts.get().fail("value_error",
                        "extra_time_per_page_in_seconds must be between 0 and 300", b, "extra_time_per_page_in_seconds"));
            }
        }
        if (fileId.isPresent() == sourceUrl.isPresent() && body.has("tier")) {
            body.fail("value_error", "Provide exactly one of file_id and source_url", null, "file_id");
        }
        body.validate();
        JobOptions options = new JobOptions(targetPages, maxPages, languages, ratio, base, extra, Optional.empty());
        return new CreateRequest(tier, version, fileId, sourceUrl, name, metadata, options, raw);
    }

    /** The upload flavour: the file is the input, so neither file_id nor source_url may be given. */
    static CreateRequest readUpload(String configuration) {
        JsonBody body = JsonBody.parse(configuration);
        if (body.has("file_id") || body.has("source_url")) {
            body.fail("value_error", "An upload takes neither file_id nor source_url", null, "file_id");
        }
        // Read as if the upload were a file id, then drop it: one set of checks for both routes.
        var withFile = (com.fasterxml.jackson.databind.node.ObjectNode) Json.read(configuration.isBlank() ? "{}" : configuration);
        withFile.put("file_id", "upload");
        withFile.remove("source_url");
        JsonBody checked = JsonBody.parse(withFile.toString());
        body.validate();
        CreateRequest r = read(checked, configuration);
        return new CreateRequest(r.tier(), r.version(), Optional.empty(), Optional.empty(), r.name(),
                r.userMetadata(), r.options(), configuration);
    }

    private static Map<String, String> userMetadata(JsonBody body) {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (!body.has("user_metadata")) {
            return metadata;
        }
        JsonNode node = body.raw("user_metadata");
        if (!node.isObject()) {
            body.fail("dict_type", "Input should be a valid dictionary", node, "user_metadata");
            return metadata;
        }
        if (node.size() > MAX_METADATA_ENTRIES) {
            body.fail("too_long", "user_metadata has at most " + MAX_METADATA_ENTRIES + " entries", node.size(),
                    "user_metadata");
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                body.fail("string_type", "Input should be a valid string", e.getValue(), "user_metadata", e.getKey());
            } else if (e.getKey().length() > MAX_METADATA_CHARS || e.getValue().asText().length() > MAX_METADATA_CHARS) {
                body.fail("string_too_long", "keys and values have at most " + MAX_METADATA_CHARS + " characters",
                        null, "user_metadata", e.getKey());
            } else {
                metadata.put(e.getKey(), e.getValue().asText());
            }
        });
        return metadata;
    }

    private static List<String> languages(JsonBody body) {
        List<String> languages = new ArrayList<>();
        Optional<JsonBody> processing = body.optionalChild("processing_options");
        Optional<JsonBody> ocr = processing.flatMap(p -> p.optionalChild("ocr_parameters"));
        Optional<List<String>> requested = ocr.flatMap(o -> o.optionalStringList("languages"));
        for (String code : requested.orElse(List.of())) {
            if (OcrLanguages.tesseract(code).isEmpty()) {
                ocr.get().fail("literal_error", "OCR language '" + code + "' has no Tesseract model", code, "languages");
            } else if (!languages.contains(code)) {
                languages.add(code);
            }
        }
        return languages.isEmpty() ? List.of("en") : languages;
    }

    /** 1-based pages of "1,3,5-8"; empty when malformed, reversed or duplicated. */
    static Optional<SortedSet<Integer>> pages(String spec) {
        SortedSet<Integer> pages = new TreeSet<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (!p.matches("\\d{1,6}(-\\d{1,6})?")) {
                return Optional.empty();
            }
            String[] ends = p.split("-");
            int from = Integer.parseInt(ends[0]);
            int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
            if (from < 1 || to < from || to - from > 100_000) {
                return Optional.empty();
            }
            for (int i = from; i <= to; i++) {
                if (!pages.add(i)) {
                    return Optional.empty();
                }
            }
        }
        return pages.isEmpty() ? Optional.empty() : Optional.of(pages);
    }
}
