package dev.quire.backup;

import dev.quire.http.RequestScope;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import io.javalin.http.Context;
import java.io.IOException;

/** {@code POST /api/v1/admin/backup}: the archive of an online backup, streamed as it is written. */
public final class BackupRoutes implements RouteGroup {
    private final BackupService backups;

    public BackupRoutes(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public void register(Router router) {
        router.tag("admin")
                .post("/api/v1/admin/backup", "A consistent backup of this embedded server as a zip archive, "
                        + "taken while it serves (admin key)",
                        dev.quire.http.Operation.skipped().answers("application/zip").errors(401, 403, 409).build(), this::backup);
    }

    private void backup(Context ctx) throws IOException {
        try (BackupService.Snapshot snapshot = backups.take(RequestScope.of(ctx).key())) {
            ctx.status(200).contentType("application/zip")
                    .header("Content-Disposition", "attachment; filename=\"" + snapshot.fileName() + "\"")
                    .header("Cache-Control", "no-store");
            backups.write(snapshot, ctx.outputStream());
        }
    }
}
