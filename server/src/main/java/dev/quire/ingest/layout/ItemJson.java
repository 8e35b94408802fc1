package dev.quire.ingest.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Items in the parse API's wire shape ({@code items.pages[].items[]}), shared by the parse API and index attachments. */
public final class ItemJson {
    private ItemJson() {}

    public static Map<String, Object> of(Item item) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (item instanceof Item.Heading h) {
            json.put("type", "heading");
            json.put("level", h.level());
            json.put("value", h.value());
        } else if (item instanceof Item.Paragraph t) {
            json.put("type", "text");
            json.put("value", t.value());
        } else if (item instanceof Item.ListBlock l) {
            json.put("type", "list");
            json.put("ordered", l.ordered());
            json.put("items", l.entries().stream().map(ItemJson::text).toList());
        } else if (item instanceof Item.Table t) {
            json.put("type", "table");
            json.put("rows", t.rows());
            json.put("csv", t.csv());
            json.put("html", t.html());
        }
        json.put("md", item.md());
        json.put("bbox", item.box().map(ItemJson::bbox).orElse(null));
        return json;
    }

    /** A running header or footer: {@code type} "header" or "footer" holding one text item. */
    public static Map<String, Object> running(String type, String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("items", List.of(text(text)));
        json.put("md", text);
        return json;
    }

    public static Map<String, Object> text(String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "text");
        json.put("value", text);
        json.put("md", text);
        return json;
    }

    private static List<Object> bbox(Box b) {
        Box r = b.rounded();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("x", r.x());
        json.put("y", r.y());
        json.put("w", r.w());
        json.put("h", r.h());
        return List.of(json);
    }
}
