package dev.quire.indexes;

import dev.quire.common.Json;
import dev.quire.common.Timestamps;
import dev.quire.ingest.ParsedDocument;
import dev.quire.ingest.layout.ItemJson;
import dev.quire.ingest.layout.MarkdownItems;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores each page's items as the attachment {@code items/page_N.json} of the parsed file, for
 * indexes created with {@code store_attachments: ["items"]}: the parse API's item shape, read from
 * the page's Markdown (the text the index chunked), so they match the chunks exactly.
 */
final class PageItems {
    static final String PREFIX = "items/";

    private final AttachmentBlobs blobs;
    private final AttachmentStore attachments;
    private final Clock clock;

    PageItems(AttachmentBlobs blobs, AttachmentStore attachments, Clock clock) {
        this.blobs = blobs;
        this.attachments = attachments;
        this.clock = clock;
    }

    void store(Index index, String parsedFileId, ParsedDocument document) {
        Set<String> keep = new HashSet<>();
        // Other kinds of attachment (screenshots) are not this class's to remove.
        attachments.attachments(index.id(), parsedFileId).stream().map(AttachmentStore.Attachment::name)
                .filter(n -> !n.startsWith(PREFIX)).forEach(keep::add);
        for (int page = 1; page <= document.pages().size(); page++) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("page_number", page);
            json.put("items", MarkdownItems.of(document.pageText(page)).stream().map(ItemJson::of).toList());
            byte[] bytes = Json.writeBytes(json);
            String name = PREFIX + "page_" + page + ".json";
            keep.add(name);
            String key = blobs.store(bytes);
            attachments.saveAttachment(new AttachmentStore.Attachment(index.id(), parsedFileId, name, "application/json",
                    bytes.length, key, Timestamps.nowMicros(clock)))
                    .ifPresent(replaced -> blobs.delete(List.of(replaced)));
        }
        blobs.delete(attachments.removeAttachmentsExcept(index.id(), parsedFileId, keep));
    }
}
