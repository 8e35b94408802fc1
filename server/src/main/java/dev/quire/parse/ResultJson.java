package dev.quire.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.ingest.StructuredDocument;
import dev.quire.ingest.layout.ItemJson;
import dev.quire.ingest.layout.LayoutPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished parse as stored (one JSON blob per job) and its views in the wire shapes of
 * {@code GET /api/v2/parse/{job_id}}: text, markdown and items pages, with failed pages as
 * {@code {page_number, success: false, error}}.
 */
final class ResultJson {
    private ResultJson() {}

    /** What is stored: every page with its items, Markdown, text, header and footer. */
    static Map<String, Object> stored(StructuredDocument doc) {
        List<Object> pages = new ArrayList<>();
        for (LayoutPage p : doc.pages()) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("page_number", p.number());
            page.put("page_width", p.width());
            page.put("page_height", p.height());
            page.put("success", !p.failed());
            p.error().ifPresent(e -> page.put("error", e));
            page.put("markdown", p.markdown());
            page.put("text", p.text());
            page.put("header", p.header().orElse(null));
            page.put("footer", p.footer().orElse(null));
            page.put("items", items(p));
            pages.add(page);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("title", doc.document().title().orElse(null));
        result.put("truncated", doc.document().truncated());
        result.put("pages", pages);
        return result;
    }

    static Map<String, Object> text(JsonNode result) {
        List<Object> pages = new ArrayList<>();
        for (JsonNode p : result.get("pages")) {
            pages.add(ordered("page_number", p.get("page_number").asInt(), "text", p.get("text").asText()));
        }
        return Map.of("pages", pages);
    }

    static Map<String, Object> markdown(JsonNode result) {
        List<Object> pages = new ArrayList<>();
        for (JsonNode p : result.get("pages")) {
            if (!p.get("success").asBoolean()) {
                pages.add(failed(p));
                continue;
            }
            Map<String, Object> page = ordered("page_number", p.get("page_number").asInt(),
                    "markdown", p.get("markdown").asText(), "success", true);
            page.put("header", p.get("header").isNull() ? null : p.get("header").asText());
            page.put("footer", p.get("footer").isNull() ? null : p.get("footer").asText());
            pages.add(page);
        }
        return Map.of("pages", pages);
    }

    static Map<String, Object> items(JsonNode result) {
        List<Object> pages = new ArrayList<>();
        for (JsonNode p : result.get("pages")) {
            if (!p.get("success").asBoolean()) {
                pages.add(failed(p));
                continue;
            }
            Map<String, Object> page = ordered("page_number", p.get("page_number").asInt(),
                    "page_width", p.get("page_width").asDouble(), "page_height", p.get("page_height").asDouble());
            page.put("success", true);
            page.put("items", p.get("items"));
            pages.add(page);
        }
        return Map.of("pages", pages);
    }

    /** Pages joined by a blank line: {@code markdown_full} and {@code text_full}. */
    static String full(JsonNode result, String field) {
        List<String> parts = new ArrayList<>();
        result.get("pages").forEach(p -> parts.add(p.get(field).asText()));
        return String.join("\n\n", parts);
    }

    static Map<String, Object> metadata(JsonNode result) {
        List<Object> pages = new ArrayList<>();
        result.get("pages").forEach(p -> pages.add(Map.of("page_number", p.get("page_number").asInt())));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("pages", pages);
        metadata.put("document", null);
        return metadata;
    }

    private static Map<String, Object> failed(JsonNode p) {
        return ordered("page_number", p.get("page_number").asInt(), "success", false, "error", p.get("error").asText());
    }

    private static List<Object> items(LayoutPage p) {
        List<Object> items = new ArrayList<>();
        p.header().ifPresent(h -> items.add(ItemJson.running("header", h)));
        p.items().forEach(i -> items.add(ItemJson.of(i)));
        p.footer().ifPresent(f -> items.add(ItemJson.running("footer", f)));
        return items;
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
