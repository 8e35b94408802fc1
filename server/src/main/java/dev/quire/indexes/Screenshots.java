package dev.quire.indexes;

import dev.quire.common.Timestamps;
import dev.quire.ingest.PageImage;
import dev.quire.ingest.PageRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Renders each page of a PDF to a JPEG and stores it as the attachment
 * {@code screenshots/page_N.jpg} of the parsed file, for indexes created with
 * {@code store_attachments: ["screenshots"]}. Other formats have no pages to render.
 */
public final class Screenshots {
    private final SourceFiles sources;
    private final PageRenderer renderer;
    private final AttachmentBlobs blobs;
    private final AttachmentStore attachments;
    private final int maxPages;
    private final Clock clock;
    private final PageItems items;

    public Screenshots(SourceFiles sources, PageRenderer renderer, AttachmentBlobs blobs, AttachmentStore attachments,
                int maxPages, Clock clock) {
        this.sources = sources;
        this.renderer = renderer;
        this.blobs = blobs;
        this.attachments = attachments;
        this.maxPages = maxPages;
        this.clock = clock;
        this.items = new PageItems(blobs, attachments, clock);
    }

    /** The per-page items attachments ({@code store_attachments: ["items"]}) of any format with text. */
    void storeItems(Index index, String parsedFileId, dev.quire.ingest.ParsedDocument document) {
        items.store(index, parsedFileId, document);
    }

    /** Removes the bytes of screenshots whose rows are gone. */
    void delete(List<String> storageKeys) {
        blobs.delete(storageKeys);
    }

    void store(Index index, String parsedFileId, SourceFiles.SourceFile source) {
        if (!source.displayName().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return;
        }
        try (InputStream in = sources.open(index.projectId(), source.fileId())) {
            Set<String> rendered = new HashSet<>();
            for (PageImage page : renderer.render(in, maxPages)) {
                String key = blobs.store(page.jpeg());
                String name = "screenshots/page_" + page.pageNumber() + ".jpg";
                rendered.add(name);
                // A re-synced file replaces its page's screenshot: the old bytes go once the new row is in.
                attachments.saveAttachment(new AttachmentStore.Attachment(index.id(), parsedFileId, name, "image/jpeg",
                        page.jpeg().length, key, Timestamps.nowMicros(clock)))
                        .ifPresent(replaced -> blobs.delete(List.of(replaced)));
            }
            // Pages a changed file no longer has (other kinds of attachment stay).
            attachments.attachments(index.id(), parsedFileId).stream().map(AttachmentStore.Attachment::name)
                    .filter(n -> !n.startsWith("screenshots/")).forEach(rendered::add);
            blobs.delete(attachments.removeAttachmentsExcept(index.id(), parsedFileId, rendered));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store screenshots of " + source.displayName(), e);
        }
    }
}
