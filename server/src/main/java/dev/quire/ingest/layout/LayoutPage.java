package dev.quire.ingest.layout;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One page of a document's structure. Running headers and footers (text repeated at the top or
 * bottom of pages) are kept apart from the body. A page that could not be read has {@code error}
 * and no items.
 *
 * @param width  page width in points (0 for formats without pages)
 * @param height page height in points (0 for formats without pages)
 */
public record LayoutPage(int number, double width, double height, List<Item> items, Optional<String> header,
                         Optional<String> footer, Optional<String> error) {

    public LayoutPage {
        items = List.copyOf(items);
    }

    public static LayoutPage failed(int number, double width, double height, String error) {
        return new LayoutPage(number, width, height, List.of(), Optional.empty(), Optional.empty(), Optional.of(error));
    }

    public boolean failed() {
        return error.isPresent();
    }

    /** The body as Markdown: blocks separated by a blank line. */
    public String markdown() {
        return items.stream().map(Item::md).collect(Collectors.joining("\n\n"));
    }

    /** The body as plain text: blocks separated by a blank line. */
    public String text() {
        return items.stream().map(Item::text).collect(Collectors.joining("\n\n"));
    }
}
