package com.llamacloud_prod.api.models.parsing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * What to parse and how: a {@code fileId} or a {@code sourceUrl} (none for an upload), the tier
 * (default {@code fast}) and version (default {@code latest}), and the page and OCR options.
 *
 * <pre>{@code
 * ParsingCreateParams params = ParsingCreateParams.builder().fileId("file-1").targetPages("1-3")
 *         .languages(List.of("en", "fr")).build();
 * }</pre>
 */
public final class ParsingCreateParams {
    private final ObjectNode body;

    private ParsingCreateParams(ObjectNode body) {
        this.body = body;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The JSON body (the upload's {@code configuration}). */
    public ObjectNode toJson() {
        return body.deepCopy();
    }

    public Optional<String> fileId() {
        return Optional.ofNullable(body.get("file_id")).map(n -> n.asText());
    }

    public static final class Builder {
        private final ObjectNode body = JsonNodeFactory.instance.objectNode();

        private Builder() {
            body.put("tier", "fast");
            body.put("version", "latest");
        }

        public Builder tier(String tier) {
            body.put("tier", tier);
            return this;
        }

        public Builder version(String version) {
            body.put("version", version);
            return this;
        }

        public Builder fileId(String fileId) {
            body.put("file_id", fileId);
            return this;
        }

        public Builder sourceUrl(String url) {
            body.put("source_url", url);
            return this;
        }

        public Builder name(String name) {
            body.put("name", name);
            return this;
        }

        /** 1-based pages and ranges, e.g. {@code "1,3,5-8"}. */
        public Builder targetPages(String pages) {
            body.with("page_ranges").put("target_pages", pages);
            return this;
        }

        public Builder maxPages(int pages) {
            body.with("page_ranges").put("max_pages", pages);
            return this;
        }

        /** OCR languages, e.g. {@code List.of("en", "fr")}. */
        public Builder languages(List<String> languages) {
            ArrayNode array = body.with("processing_options").with("ocr_parameters").putArray("languages");
            languages.forEach(array::add);
            return this;
        }

        public Builder userMetadata(String key, String value) {
            body.with("user_metadata").put(key, value);
            return this;
        }

        public ParsingCreateParams build() {
            if (body.has("file_id") && body.has("source_url")) {
                throw new IllegalStateException("set fileId or sourceUrl, not both");
            }
            return new ParsingCreateParams(body.deepCopy());
        }
    }
}
