package dev.quire.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Ids;
import dev.quire.common.Json;
import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.files.FileCatalog;
import dev.quire.files.StoredFile;
import dev.quire.http.Page;
import dev.quire.http.PageToken;
import dev.quire.paging.PageRequest;
import dev.quire.storage.BlobStore;
import dev.quire.storage.StoredBlob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parse API's policy: which tiers and versions run, where a job's input comes from, what a
 * job's result may be expanded into, and when a job may be cancelled or deleted.
 */
public final class ParseService {
    public static final String FAST_LATEST = "2026-06-15";
    static final List<String> FAST_VERSIONS = List.of(FAST_LATEST, "2025-12-11");
    static final List<String> MODEL_TIERS = List.of("cost_effective", "agentic", "agentic_plus");
    /** Expansions this server produces; the client's others (images, forms, presigned result files) are refused. */
    static final List<String> EXPANSIONS = List.of("text", "markdown", "items", "text_full", "markdown_full",
            "metadata", "job_metadata", "raw_parameters", "usage");

    private final ParseJobStore jobs;
    private final BlobStore blobs;
    private final FileCatalog files;
    private final UrlFetcher urls;
    private final ParseWorkers workers;
    private final Ids ids;
    private final Clock clock;

    public ParseService(ParseJobStore jobs, BlobStore blobs, FileCatalog files, ParseWorkers workers, long maxUploadBytes,
                        java.util.Set<String> urlPrivateHosts, Ids ids, Clock clock) {
        this.jobs = jobs;
        this.blobs = blobs;
        this.files = files;
        this.urls = new UrlFetcher(maxUploadBytes, urlPrivateHosts);
        this.workers = workers;
        this.ids = ids;
        this.clock = clock;
    }

    /** A document handed over with the request (the upload route). */
    public record Upload(String fileName, InputStream content) {}

    public JobJson create(String projectId, CreateRequest request, Optional<Upload> upload) {
        String version = checkTierAndVersion(request.tier(), request.version());
        JobOptions options = request.options();
        String fileName;
        Optional<String> fileId = Optional.empty();
        StoredBlob input;
        if (upload.isPresent()) {
            fileName = upload.get().fileName();
            input = blobs.put(upload.get().content());
        } else if (request.fileId().isPresent()) {
            StoredFile file = files.find(projectId, request.fileId().get())
                    .orElseThrow(() -> new ApiException.NotFound("File not found: " + request.fileId().get()));
            fileName = file.name();
            fileId = Optional.of(file.id());
            try (InputStream in = files.open(file)) {
                input = blobs.put(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            UrlFetcher.Fetched fetched = urls.fetch(request.sourceUrl().orElseThrow());
            fileName = fetched.fileName();
            options = options.withMediaType(fetched.mediaType());
            try (InputStream in = fetched.body()) {
                input = blobs.put(in);
            } catch (IOException e) {
                throw new ApiException.BadRequest("could not fetch source_url: " + e.getMessage());
            }
        }
        long now = Timestamps.nowMicros(clock);
        ParseJob job = new ParseJob(ids.prefixed("pjb"), projectId, request.name(), fileName, fileId, request.tier(),
                version, JobStatus.PENDING, optionsWithRaw(options, request.raw()),
                request.userMetadata().isEmpty() ? Optional.empty() : Optional.of(Json.write(request.userMetadata())),
                Optional.of(input.key()), Optional.empty(), Optional.empty(), Optional.empty(), false, now, now);
        try {
            jobs.insert(job);
        } catch (RuntimeException e) {
            blobs.delete(input.key());
            throw e;
        }
        workers.submit(projectId, job.id());
        return JobJson.of(job);
    }

    /** The job with the expansions asked for; content is present only once the job COMPLETED. */
    public Map<String, Object> get(String projectId, String jobId, List<String> expand) {
        for (String e : expand) {
            if (!EXPANSIONS.contains(e)) {
                throw ValidationException.of(FieldError.query("literal_error", "expand '" + e
                        + "' is not produced by this server; supported: " + String.join(", ", EXPANSIONS), e, "expand"));
            }
        }
        ParseJob job = find(projectId, jobId);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("job", JobJson.of(job));
        Set<String> wanted = Set.copyOf(expand);
        if (wanted.contains("raw_parameters")) {
            response.put("raw_parameters", Json.read(job.options()).get("raw"));
        }
        if (job.status() != JobStatus.COMPLETED || job.resultBlob().isEmpty()) {
            return response;
        }
        JsonNode result = readResult(job.resultBlob().get());
        if (wanted.contains("text")) {
            response.put("text", ResultJson.text(result));
        }
        if (wanted.contains("markdown")) {
            response.put("markdown", ResultJson.markdown(result));
        }
        if (wanted.contains("items")) {
            response.put("items", ResultJson.items(result));
        }
        if (wanted.contains("text_full")) {
            response.put("text_full", ResultJson.full(result, "text"));
        }
        if (wanted.contains("markdown_full")) {
            response.put("markdown_full", ResultJson.full(result, "markdown"));
        }
        if (wanted.contains("metadata")) {
            response.put("metadata", ResultJson.metadata(result));
        }
        if (wanted.contains("job_metadata")) {
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("file_name", job.fileName());
            meta.put("version", job.version());
            meta.put("pages", job.pages().orElse(0));
            meta.put("truncated", result.path("truncated").asBoolean());
            meta.put("title", result.path("title").isNull() ? null : result.path("title").asText());
            response.put("job_metadata", meta);
        }
        return response;
    }

    public Page<JobJson> list(String projectId, JobQuery query, PageRequest page) {
        List<ParseJob> rows = jobs.list(projectId, query, page);
        boolean more = rows.size() > page.size();
        List<ParseJob> shown = more ? rows.subList(0, page.size()) : rows;
        String token = null;
        if (more) {
            ParseJob last = shown.get(shown.size() - 1);
            token = PageToken.encode(query.filters(), Long.toString(last.createdAt()), last.id());
        }
        return new Page<>(shown.stream().map(JobJson::of).toList(), token, null);
    }

    public JobJson cancel(String projectId, String jobId) {
        ParseJob job = find(projectId, jobId);
        long now = Timestamps.nowMicros(clock);
        ParseJobStore.Outcome outcome = ParseJobStore.Outcome.failed("cancelled");
        boolean cancelled = !job.status().terminal()
                && (jobs.transition(jobId, JobStatus.PENDING, JobStatus.CANCELLED, outcome, now)
                || jobs.transition(jobId, JobStatus.RUNNING, JobStatus.CANCELLED, outcome, now));
        if (!cancelled) {
            throw new ApiException.Conflict("Job " + jobId + " is already " + find(projectId, jobId).status()
                    + " and cannot be cancelled");
        }
        workers.interrupt(jobId);
        return JobJson.of(find(projectId, jobId));
    }

    /** Deletes a finished job and its input and result; a job still PENDING or RUNNING is a 409. */
    public Map<String, String> delete(String projectId, String jobId) {
        ParseJob job = find(projectId, jobId);
        Optional<ParseJob> deleted = jobs.deleteFinished(projectId, jobId);
        if (deleted.isEmpty()) {
            throw new ApiException.Conflict("Job " + jobId + " is " + job.status()
                    + "; cancel it before deleting it");
        }
        deleted.get().inputBlob().ifPresent(blobs::delete);
        deleted.get().resultBlob().ifPresent(blobs::delete);
        return Map.of("id", jobId, "project_id", projectId);
    }

    public Map<String, Object> versions() {
        Map<String, Object> latest = new LinkedHashMap<>();
        latest.put("fast", FAST_LATEST);
        MODEL_TIERS.forEach(t -> latest.put(t, ""));
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("fast", FAST_VERSIONS);
        MODEL_TIERS.forEach(t -> versions.put(t, List.of()));
        versions.put("latest", latest);
        return versions;
    }

    private ParseJob find(String projectId, String jobId) {
        return jobs.find(projectId, jobId).orElseThrow(() -> new ApiException.NotFound("Parse job not found: " + jobId));
    }

    private JsonNode readResult(String key) {
        try (InputStream in = blobs.open(key).orElseThrow(() -> new ApiException.NotFound("Parse result not found"))) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String optionsWithRaw(JobOptions options, String raw) {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) Json.read(options.toJson());
        JsonNode rawNode = raw == null || raw.isBlank() ? Json.mapper().createObjectNode() : Json.read(raw);
        node.set("raw", rawNode);
        return node.toString();
    }

    /** The tier must run here and the version must be one of its versions; the version that will run. */
    static String checkTierAndVersion(String tier, String version) {
        if (MODEL_TIERS.contains(tier)) {
            throw ValidationException.of(FieldError.body("not_supported", "tier '" + tier
                    + "' needs a language model, which this server does not run; supported tiers: fast", tier, "tier"));
        }
        if (!tier.equals("fast")) {
            throw ValidationException.of(FieldError.body("literal_error",
                    "Input should be 'fast', 'cost_effective', 'agentic' or 'agentic_plus'; this server runs: fast",
                    tier, "tier"));
        }
        if (version.equals("latest")) {
            return FAST_LATEST;
        }
        if (!FAST_VERSIONS.contains(version)) {
            throw ValidationException.of(FieldError.body("literal_error", "version '" + version
                    + "' is not a version of tier fast; supported: latest, " + String.join(", ", FAST_VERSIONS),
                    version, "version"));
        }
        return version;
    }
}
