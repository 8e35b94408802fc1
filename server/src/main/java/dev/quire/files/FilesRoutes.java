package dev.quire.files;

import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.http.JsonBody;
import dev.quire.http.MultipartForm;
import dev.quire.paging.PageRequest;
import dev.quire.http.PageToken;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** HTTP routes of files (contract §4). */
public final class FilesRoutes implements RouteGroup {
    private final FilesService files;
    private final long maxUploadBytes;

    public FilesRoutes(FilesService files, long maxUploadBytes) {
        this.files = files;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public void register(Router router) {
        router.tag("files").model(FilesSchemas.FILE)
                .create("/api/v1/beta/files", "Upload a file (multipart: file, purpose, external_file_id)", FilesSchemas.CREATE, this::upload)
                .get("/api/v1/beta/files", "List files", FilesSchemas.LIST, this::list)
                .post("/api/v1/beta/files/query", "Query files (deprecated: use the GET list)", FilesSchemas.QUERY, this::query)
                .get("/api/v1/beta/files/{file_id}", "Get a file", FilesSchemas.RETRIEVE, this::get)
                .delete("/api/v1/beta/files/{file_id}", "Delete a file and its directory entries", FilesSchemas.DELETE, this::delete)
                .get("/api/v1/beta/files/{file_id}/content", "Get a presigned link to a file's bytes", FilesSchemas.CONTENT, this::content);
    }

    private void upload(Context ctx) {
        MultipartForm form = MultipartForm.read(ctx, maxUploadBytes);
        Optional<MultipartForm.Upload> file = form.file("file");
        Optional<String> purpose = form.field("purpose");
        Optional<String> externalId = form.field("external_file_id");
        List<FieldError> errors = new ArrayList<>();
        if (file.isEmpty()) {
            errors.add(FieldError.body("missing", "Field required", null, "file"));
        }
        if (purpose.isEmpty()) {
            errors.add(FieldError.body("missing", "Field required", null, "purpose"));
        } else if (!FilesService.PURPOSES.contains(purpose.get())) {
            errors.add(FieldError.body("literal_error", "Input should be one of: "
                    + String.join(", ", FilesService.PURPOSES), purpose.get(), "purpose"));
        }
        TextLimits.check(errors, externalId, "body", "external_file_id");
        TextLimits.check(errors, file.map(MultipartForm.Upload::fileName), "body", "file");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try (InputStream content = file.get().content().get()) {
            NewFile upload = new NewFile(file.get().fileName(), purpose.get(), externalId, content);
            Responses.json(ctx, files.upload(RequestScope.of(ctx).projectId(), upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void list(Context ctx) {
        FileQuery query = new FileQuery(Requests.query(ctx, "external_file_id"), listParam(ctx, "file_ids"),
                Requests.query(ctx, "file_name"), order(Requests.query(ctx, "order_by"), "query"));
        Responses.json(ctx, files.list(RequestScope.of(ctx).projectId(), query,
                Requests.page(ctx, query.filters()), expandsDownloadUrl(ctx)));
    }

    /** The deprecated POST flavour (§4.6): the same listing with the filters in the body. */
    private void query(Context ctx) {
        JsonBody body = Requests.body(ctx);
        JsonBody filter = JsonBody.parse(body.optionalObject("filter").map(Object::toString).orElse("{}"));
        Optional<String> orderBy = body.optionalString("order_by");
        Optional<Integer> pageSize = body.optionalInt("page_size");
        Optional<String> token = body.optionalString("page_token");
        Optional<String> externalId = filter.optionalString("external_file_id");
        Optional<List<String>> fileIds = filter.optionalStringList("file_ids");
        Optional<String> fileName = filter.optionalString("file_name");
        body.validate();
        filter.validate();
        FileQuery query = new FileQuery(externalId, fileIds.orElse(List.of()), fileName, order(orderBy, "body"));
        PageRequest page = new PageRequest(Requests.pageSize(pageSize, "body"),
                token.map(t -> PageToken.decode(Requests.verifiedToken(ctx, t), query.filters())));
        Responses.json(ctx, files.list(RequestScope.of(ctx).projectId(), query, page, false));
    }

    private void get(Context ctx) {
        Responses.json(ctx, files.get(RequestScope.of(ctx).projectId(), ctx.pathParam("file_id"),
                expandsDownloadUrl(ctx)));
    }

    private void delete(Context ctx) {
        files.delete(RequestScope.of(ctx).projectId(), ctx.pathParam("file_id"));
        Responses.noContent(ctx);
    }

    private void content(Context ctx) {
        int seconds = Requests.queryInt(ctx, "expires_at_seconds").orElse((int) FilesService.DEFAULT_LINK_TTL.toSeconds());
        if (seconds < 1 || seconds > FilesService.MAX_LINK_TTL.toSeconds()) {
            throw ValidationException.of(FieldError.query("less_than_equal", "Input should be between 1 and "
                    + FilesService.MAX_LINK_TTL.toSeconds(), seconds, "expires_at_seconds"));
        }
        Responses.json(ctx, files.contentUrl(RequestScope.of(ctx).projectId(), ctx.pathParam("file_id"),
                Duration.ofSeconds(seconds)));
    }

    private static FileQuery.Order order(Optional<String> orderBy, String where) {
        return switch (orderBy.orElse("created_at")) {
            case "created_at" -> FileQuery.Order.CREATED_AT;
            case "name" -> FileQuery.Order.NAME;
            case "id" -> FileQuery.Order.ID;
            default -> throw ValidationException.of(new FieldError("literal_error", List.of(where, "order_by"),
                    "Input should be 'name', 'id' or 'created_at'", orderBy.get()));
        };
    }

    /** Repeated query keys, sent as {@code name=a&name=b} or {@code name[]=a&name[]=b}. */
    static List<String> listParam(Context ctx, String name) {
        List<String> values = new ArrayList<>(Requests.queryList(ctx, name));
        values.addAll(Requests.queryList(ctx, name + "[]"));
        return values;
    }

    /** Whether {@code expand} asks for download_url (unknown expand values are ignored). */
    public static boolean expandsDownloadUrl(Context ctx) {
        return listParam(ctx, "expand").contains("download_url");
    }
}
