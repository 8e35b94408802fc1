package dev.quire.indexes;

import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.http.Page;
import dev.quire.paging.PageRequest;
import dev.quire.http.PageToken;
import dev.quire.http.RequestScope;
import dev.quire.http.Requests;
import dev.quire.http.Responses;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import dev.quire.storage.Presigner;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;

/**
 * Attachments stored next to parsed files (contract §9), e.g. {@code screenshots/page_3.jpg}. The
 * name contains a slash, which clients send as %2F; the route accepts both forms.
 */
public final class AttachmentRoutes implements RouteGroup {
    private static final Duration LINK_LIFETIME = Duration.ofHours(1);

    private final IndexFileStore files;
    private final AttachmentStore attachments;
    private final Presigner presigner;

    public AttachmentRoutes(IndexFileStore files, AttachmentStore attachments, Presigner presigner) {
        this.files = files;
        this.attachments = attachments;
        this.presigner = presigner;
    }

    @Override
    public void register(Router router) {
        router.tag("attachments")
                .get("/api/v1/beta/attachments", "List the attachments of a parsed file", IndexSchemas.ATTACHMENT_LIST, this::list)
                .get("/api/v1/beta/attachments/<attachment_name>", "Get a presigned link to an attachment", IndexSchemas.ATTACHMENT_GET, this::get);
    }

    /** One listed attachment. */
    record AttachmentItem(String name, long size, String lastModified) {}

    private void list(Context ctx) {
        IndexedFile source = source(ctx);
        List<String> filters = List.of(source.parsedFileId());
        PageRequest page = Requests.page(ctx, filters);
        List<AttachmentStore.Attachment> all = attachments.attachments(source.indexId(), source.parsedFileId()).stream()
                .filter(a -> page.after().map(p -> a.name().compareTo(p.id()) > 0).orElse(true))
                .toList();
        List<AttachmentStore.Attachment> items = all.subList(0, Math.min(page.size(), all.size()));
        String next = all.size() > page.size()
                ? PageToken.encode(filters, "", items.get(items.size() - 1).name()) : null;
        Responses.json(ctx, new Page<>(items.stream().map(a -> new AttachmentItem(a.name(), a.sizeBytes(),
                Timestamps.format(a.createdAt()))).toList(), next, null));
    }

    private void get(Context ctx) {
        IndexedFile source = source(ctx);
        String name = ctx.pathParam("attachment_name");
        AttachmentStore.Attachment attachment = attachments.attachment(source.indexId(), source.parsedFileId(), name)
                .orElseThrow(() -> new ApiException.NotFound("Attachment not found"));
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        Responses.json(ctx, presigner.presign(attachment.storageKey(), attachment.contentType(), fileName,
                LINK_LIFETIME));
    }

    private IndexedFile source(Context ctx) {
        String sourceId = Requests.query(ctx, "source_id").orElseThrow(() -> ValidationException.of(
                FieldError.query("missing", "Field required", null, "source_id")));
        return files.findParsed(RequestScope.of(ctx).projectId(), sourceId)
                .orElseThrow(() -> new ApiException.NotFound("Attachment source not found"));
    }
}
