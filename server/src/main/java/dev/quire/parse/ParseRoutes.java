package dev.quire.parse;

import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.http.JsonBody;
import dev.quire.http.MultipartForm;
import dev.quire.http.RequestScope;
import dev.quire.http.Requests;
import dev.quire.http.Responses;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** HTTP routes of the parse API (LlamaParse v2, as the TypeScript client's {@code client.parsing} calls it). */
public final class ParseRoutes implements RouteGroup {
    private final ParseService parse;
    private final long maxUploadBytes;

    public ParseRoutes(ParseService parse, long maxUploadBytes) {
        this.parse = parse;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public void register(Router router) {
        router.tag("parsing")
                .create("/api/v2/parse", "Parse a file by file_id or source_url (tier fast)", ParseSchemas.CREATE, this::create)
                .create("/api/v2/parse/upload", "Parse an uploaded file (multipart: configuration, file)", ParseSchemas.UPLOAD, this::upload)
                .get("/api/v2/parse/versions", "Versions accepted by each tier", ParseSchemas.VERSIONS, this::versions)
                .get("/api/v2/parse", "List parse jobs", ParseSchemas.LIST, this::list)
                .get("/api/v2/parse/{job_id}", "Get a parse job, with expand=text,markdown,items,...", ParseSchemas.GET, this::get)
                .post("/api/v2/parse/{job_id}/cancel", "Cancel a pending or running parse job", ParseSchemas.CANCEL, this::cancel)
                .delete("/api/v2/parse/{job_id}", "Delete a finished parse job and its results", ParseSchemas.DELETE, this::delete);
    }

    private void create(Context ctx) {
        CreateRequest request = ParseRequests.read(Requests.body(ctx), ctx.body());
        Responses.json(ctx, parse.create(RequestScope.of(ctx).projectId(), request, Optional.empty()));
    }

    private void upload(Context ctx) {
        MultipartForm form = MultipartForm.read(ctx, maxUploadBytes);
        Optional<MultipartForm.Upload> file = form.file("file");
        if (file.isEmpty()) {
            throw ValidationException.of(FieldError.body("missing", "Field required", null, "file"));
        }
        CreateRequest request = ParseRequests.readUpload(form.field("configuration").orElse("{}"));
        try (InputStream content = file.get().content().get()) {
            Responses.json(ctx, parse.create(RequestScope.of(ctx).projectId(), request,
                    Optional.of(new ParseService.Upload(file.get().fileName(), content))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void versions(Context ctx) {
        Responses.json(ctx, parse.versions());
    }

    private void list(Context ctx) {
        Optional<JobStatus> status = Requests.query(ctx, "status").map(s -> {
            try {
                return JobStatus.valueOf(s);
            } catch (IllegalArgumentException e) {
                throw ValidationException.of(FieldError.query("enum", "Input should be 'PENDING', 'RUNNING', "
                        + "'COMPLETED', 'FAILED' or 'CANCELLED'", s, "status"));
            }
        });
        JobQuery query = new JobQuery(status, listParam(ctx, "job_ids"), time(ctx, "created_at_on_or_after"),
                time(ctx, "created_at_on_or_before"));
        Responses.json(ctx, parse.list(RequestScope.of(ctx).projectId(), query, Requests.page(ctx, query.filters())));
    }

    private void get(Context ctx) {
        List<String> expand = new ArrayList<>();
        for (String value : listParam(ctx, "expand")) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    expand.add(part.strip());
                }
            }
        }
        Responses.json(ctx, parse.get(RequestScope.of(ctx).projectId(), ctx.pathParam("job_id"), expand));
    }

    private void cancel(Context ctx) {
        Responses.json(ctx, parse.cancel(RequestScope.of(ctx).projectId(), ctx.pathParam("job_id")));
    }

    private void delete(Context ctx) {
        Responses.json(ctx, parse.delete(RequestScope.of(ctx).projectId(), ctx.pathParam("job_id")));
    }

    private static Optional<Long> time(Context ctx, String name) {
        return Requests.query(ctx, name).map(v -> {
            java.time.Instant instant;
            try {
                instant = OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    instant = java.time.LocalDateTime.parse(v).toInstant(java.time.ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    throw ValidationException.of(FieldError.query("datetime_parsing",
                            "Input should be a valid datetime", v, name));
                }
            }
            // Micros from seconds: years past 2262 overflow a count of nanoseconds, not of microseconds.
            long seconds = Math.max(-9_000_000_000_000L, Math.min(9_000_000_000_000L, instant.getEpochSecond()));
            return seconds * 1_000_000L + instant.getNano() / 1000;
        });
    }

    private static List<String> listParam(Context ctx, String name) {
        List<String> values = new ArrayList<>(Requests.queryList(ctx, name));
        values.addAll(Requests.queryList(ctx, name + "[]"));
        return values;
    }
}
