package com.llamacloud_prod.api.models.parsing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parse job with the expansions asked for ({@code GET /api/v2/parse/{job_id}?expand=...}).
 * Page lists are in page order; a page that failed has an empty Markdown string here and its
 * reason in {@link #json()}.
 */
public final class ParsingResult {
    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private ParsingResult(JsonNode json) {
        this.json = Json.object(json);
    }

    public ParsingJob job() {
        return Json.model(json.get("job"), ParsingJob.class);
    }

    /** Each page's Markdown, if {@code markdown} was expanded. */
    public Optional<List<String>> markdownPages() {
        return pages("markdown", "markdown");
    }

    /** Each page's plain text, if {@code text} was expanded. */
    public Optional<List<String>> textPages() {
        return pages("text", "text");
    }

    public Optional<String> markdownFull() {
        return Json.optionalString(json, "markdown_full");
    }

    public Optional<String> textFull() {
        return Json.optionalString(json, "text_full");
    }

    /** The structured pages ({@code items.pages[]}: headings, text, lists, tables with boxes), if expanded. */
    public Optional<JsonNode> items() {
        JsonNode items = json.get("items");
        return items == null || items.isNull() ? Optional.empty() : Optional.of(items);
    }

    /** The whole response, for fields this class has no accessor for. */
    public JsonNode json() {
        return json;
    }

    private Optional<List<String>> pages(String expansion, String field) {
        JsonNode node = json.get(expansion);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        List<String> pages = new ArrayList<>();
        node.path("pages").forEach(p -> pages.add(p.path(field).asText("")));
        return Optional.of(List.copyOf(pages));
    }
}
