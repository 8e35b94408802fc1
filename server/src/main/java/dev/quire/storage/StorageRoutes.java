package dev.quire.storage;

import dev.quire.errors.ApiException;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import io.javalin.http.Context;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public download route behind presigned links (contract §1.10). Needs no API key: the token is the grant. */
public final class StorageRoutes implements RouteGroup {
    private final Presigner presigner;
    private final BlobStore blobs;

    public StorageRoutes(Presigner presigner, BlobStore blobs) {
        this.presigner = presigner;
        this.blobs = blobs;
    }

    @Override
    public void register(Router router) {
        router.tag("storage")
                .publicGet(Presigner.ROUTE + "{token}", "Download an object through a presigned link",
                        dev.quire.http.Operation.skipped().answers("application/octet-stream").errors(404).build(), this::download);
    }

    private void download(Context ctx) {
        Presigner.SignedObject object = presigner.verify(ctx.pathParam("token"))
                .orElseThrow(() -> new ApiException.Forbidden("Link is invalid or has expired"));
        InputStream content = blobs.open(object.blobKey())
                .orElseThrow(() -> new ApiException.NotFound("Object not found"));
        ctx.contentType(object.contentType())
                .header("Content-Disposition", contentDisposition(object.fileName()))
                .header("Cache-Control", "private, no-store")
                // Served bytes are user uploads: a browser must not guess them into HTML or script.
                .header("X-Content-Type-Options", "nosniff")
                .result(content);
    }

    /** An ASCII fallback name plus the exact UTF-8 name (RFC 6266), with quotes and controls removed. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
