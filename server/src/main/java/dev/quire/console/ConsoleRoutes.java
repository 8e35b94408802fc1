package dev.quire.console;

import dev.quire.errors.ApiException;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import io.javalin.http.Context;

/**
 * The web console at {@code /}: index.html and its hashed assets. No API key is needed for these
 * files (they hold no data); every call the console makes goes to /api with the user's key.
 */
public final class ConsoleRoutes implements RouteGroup {
    /**
     * Scripts and styles only from this origin (no inline code, no eval), API calls only to this
     * origin, images from this origin (page screenshots) and blob:/data: URLs, no framing, no plugins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' blob: data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
    private static final String YEAR = "public, max-age=31536000, immutable";

    private final ConsoleAssets assets;

    public ConsoleRoutes(ConsoleAssets assets) {
        this.assets = assets;
    }

    @Override
    public void register(Router router) {
        router.tag("console")
                .publicGet("/", "The web console (HTML)",
                        dev.quire.http.Operation.skipped().answers("text/html").build(), this::index)
                .publicGet("/assets/{name}", "The web console's scripts and styles",
                        dev.quire.http.Operation.skipped().errors(404).build(), this::asset);
    }

    private void index(Context ctx) {
        ConsoleAssets.Asset index = assets.index()
                .orElseThrow(() -> new ApiException.NotFound("The web console is not part of this build"));
        // Revalidated on every load, so a new server version's asset names are picked up at once.
        send(ctx, index, "no-cache");
    }

    private void asset(Context ctx) {
        ConsoleAssets.Asset asset = assets.asset(ctx.pathParam("name"))
                .orElseThrow(() -> new ApiException.NotFound("Not Found"));
        // File names carry a content hash: a changed file gets a new name, so caching for a year is safe.
        send(ctx, asset, YEAR);
    }

    private static void send(Context ctx, ConsoleAssets.Asset asset, String cacheControl) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", cacheControl);
        ctx.contentType(asset.contentType());
        ctx.result(asset.bytes());
    }
}
