package dev.quire.directories;

import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.files.FilesRoutes;
import dev.quire.files.NewFile;
import dev.quire.http.JsonBody;
import dev.quire.http.MultipartForm;
import dev.quire.http.RequestScope;
import dev.quire.http.Requests;
import dev.quire.http.Responses;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import dev.quire.http.TextLimits;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HTTP routes of directory files (contract §6). */
public final class DirectoryFilesRoutes implements RouteGroup {
    private static final String BASE = "/api/v1/beta/directories/{directory_id}/files";

    private final DirectoryFilesService entries;
    private final long maxUploadBytes;

    public DirectoryFilesRoutes(DirectoryFilesService entries, long maxUploadBytes) {
        this.entries = entries;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public void register(Router router) {
        router.tag("directory files")
                .create(BASE, "Add an uploaded file to a directory", DirectorySchemas.FILE_ADD, this::add)
                .get(BASE, "List a directory's files, oldest first", DirectorySchemas.FILE_LIST, this::list)
                .create(BASE + "/upload", "Upload a file into a directory (multipart)", DirectorySchemas.FILE_UPLOAD, this::upload)
                .get(BASE + "/{directory_file_id}", "Get a directory file", DirectorySchemas.FILE_GET, this::get)
                .patch(BASE + "/{directory_file_id}", "Update or move a directory file", DirectorySchemas.FILE_UPDATE, this::update)
                .delete(BASE + "/{directory_file_id}", "Remove a file from a directory", DirectorySchemas.FILE_DELETE, this::delete);
    }

    private void add(Context ctx) {
        JsonBody body = Requests.body(ctx);
        String fileId = body.requiredString("file_id");
        Optional<String> displayName = body.optionalString("display_name");
        Optional<String> uniqueId = body.optionalString("unique_id");
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> metadata = body.optionalObject("metadata")
                .map(m -> Metadata.read(m, errors, List.of("body", "metadata"))).orElse(Map.of());
        body.validate();
        TextLimits.check(errors, displayName, "body", "display_name");
        TextLimits.check(errors, uniqueId, "body", "unique_id");
        throwIfAny(errors);
        Responses.json(ctx, entries.add(RequestScope.of(ctx).projectId(), ctx.pathParam("directory_id"), fileId,
                new DirectoryFilesService.EntryFields(displayName, metadata, uniqueId)));
    }

    private void upload(Context ctx) {
        MultipartForm form = MultipartForm.read(ctx, maxUploadBytes);
        Optional<MultipartForm.Upload> file = form.file("upload_file");
        Optional<String> displayName = form.field("display_name");
        Optional<String> externalId = form.field("external_file_id");
        Optional<String> uniqueId = form.field("unique_id");
        List<FieldError> errors = new ArrayList<>();
        if (file.isEmpty()) {
            errors.add(FieldError.body("missing", "Field required", null, "upload_file"));
        }
        Map<String, Object> metadata = form.field("metadata")
                .map(m -> Metadata.parse(m, errors, List.of("body", "metadata"))).orElse(Map.of());
        TextLimits.check(errors, displayName, "body", "display_name");
        TextLimits.check(errors, externalId, "body", "external_file_id");
        TextLimits.check(errors, uniqueId, "body", "unique_id");
        TextLimits.check(errors, file.map(MultipartForm.Upload::fileName), "body", "upload_file");
        throwIfAny(errors);
        try (InputStream content = file.get().content().get()) {
            NewFile upload = new NewFile(file.get().fileNameOr(displayName), "user_data", externalId, content);
            Responses.json(ctx, entries.upload(RequestScope.of(ctx).projectId(), ctx.pathParam("directory_id"),
                    upload, new DirectoryFilesService.EntryFields(displayName, metadata, uniqueId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void list(Context ctx) {
        DirectoryFileQuery query = new DirectoryFileQuery(ctx.pathParam("directory_id"),
                Requests.query(ctx, "display_name"), Requests.query(ctx, "display_name_contains"),
                Requests.query(ctx, "file_id"), Requests.queryBoolean(ctx, "include_deleted").orElse(false),
                Requests.query(ctx, "unique_id"), queryTime(ctx, "updated_at_on_or_after"),
                queryTime(ctx, "updated_at_on_or_before"));
        Responses.json(ctx, entries.list(RequestScope.of(ctx).projectId(), query,
                Requests.page(ctx, query.filters()), FilesRoutes.expandsDownloadUrl(ctx)));
    }

    private void get(Context ctx) {
        Responses.json(ctx, entries.get(RequestScope.of(ctx).projectId(), ctx.pathParam("directory_id"),
                ctx.pathParam("directory_file_id"), FilesRoutes.expandsDownloadUrl(ctx)));
    }

    private void update(Context ctx) {
        JsonBody body = Requests.body(ctx);
        Optional<String> displayName = body.optionalString("display_name");
        Optional<String> target = body.optionalString("target_directory_id");
        Optional<String> uniqueId = body.optionalString("unique_id");
        List<FieldError> errors = new ArrayList<>();
        Optional<Map<String, Object>> metadata = body.optionalObject("metadata")
                .map(m -> Metadata.read(m, errors, List.of("body", "metadata")));
        body.validate();
        TextLimits.check(errors, displayName, "body", "display_name");
        TextLimits.check(errors, uniqueId, "body", "unique_id");
        throwIfAny(errors);
        Responses.json(ctx, entries.update(RequestScope.of(ctx).projectId(), ctx.pathParam("directory_id"),
                ctx.pathParam("directory_file_id"),
                new DirectoryFilesService.Change(displayName, metadata, target, uniqueId)));
    }

    private void delete(Context ctx) {
        entries.delete(RequestScope.of(ctx).projectId(), ctx.pathParam("directory_id"),
                ctx.pathParam("directory_file_id"));
        Responses.noContent(ctx);
    }

    private static Optional<Long> queryTime(Context ctx, String name) {
        return Requests.query(ctx, name).map(v -> DateTimes.parseMicros(v).orElseThrow(() ->
                ValidationException.of(FieldError.query("datetime_parsing", "Input should be a valid datetime", v, name))));
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
