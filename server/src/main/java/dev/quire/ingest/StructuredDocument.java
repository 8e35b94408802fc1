package dev.quire.ingest;

import dev.quire.ingest.layout.LayoutPage;
import java.util.List;

/**
 * A parse with its structure: {@code pages} hold each page's items (and failures), {@code document}
 * the text indexes chunk, whose page texts are the pages' Markdown, so an index and the parse API
 * see the same parse.
 */
public record StructuredDocument(ParsedDocument document, List<LayoutPage> pages) {
    public StructuredDocument {
        pages = List.copyOf(pages);
    }
}
