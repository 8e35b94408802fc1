package dev.quire;

import dev.quire.backup.BackupRoutes;
import dev.quire.chat.ChatRoutes;
import dev.quire.common.Json;
import dev.quire.console.ConsoleRoutes;
import dev.quire.directories.DirectoriesRoutes;
import dev.quire.directories.DirectoryFilesRoutes;
import dev.quire.files.FilesRoutes;
import dev.quire.http.HttpServer;
import dev.quire.http.OpenApi;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import dev.quire.indexes.AttachmentRoutes;
import dev.quire.indexes.IndexRoutes;
import dev.quire.mcp.McpEndpoint;
import dev.quire.parse.ParseRoutes;
import dev.quire.retrieval.RetrievalRoutes;
import dev.quire.storage.StorageRoutes;
import dev.quire.tenancy.ProjectRoutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes the OpenAPI document without starting a server: the build runs it at prepare-package
 * ({@code server/target/openapi.json}, attached with classifier {@code openapi}) so that SDKs can be
 * generated from it. Usage: {@code java -cp ... dev.quire.OpenApiExport target/openapi.json}.
 *
 * <p>The route groups are Main's, in Main's order. Registering a route only records it (the handlers
 * are never called), so the groups get no services; OpenApiExportTest checks that this document
 * equals the one the running server serves.
 */
public final class OpenApiExport {
    private OpenApiExport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OpenApiExport <output file>");
        }
        Path out = Path.of(args[0]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document()) + "\n");
    }

    /** The document the server serves at /openapi.json. */
    public static Map<String, Object> document() {
        Router router = Router.tableOnly();
        HttpServer.systemRoutes(router, ctx -> { }, ctx -> { }, ctx -> { });
        routeGroups().forEach(group -> group.register(router));
        router.mounted(McpEndpoint.PATH, HttpServer.MOUNTED_SUMMARY);
        return OpenApi.document(router, Main.VERSION);
    }

    /** Main's route groups with nothing behind them: only their tables are read. */
    private static List<RouteGroup> routeGroups() {
        return List.of(new ProjectRoutes(null), new ChatRoutes(null, null, Duration.ZERO),
                new FilesRoutes(null, 0), new DirectoriesRoutes(null), new DirectoryFilesRoutes(null, 0),
                new StorageRoutes(null, null), new IndexRoutes(null), new AttachmentRoutes(null, null, null),
                new RetrievalRoutes(null, null), new ConsoleRoutes(null), new BackupRoutes(null),
                new ParseRoutes(null, 0));
    }
}
