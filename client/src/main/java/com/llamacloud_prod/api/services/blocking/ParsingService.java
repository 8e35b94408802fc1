package com.llamacloud_prod.api.services.blocking;

import com.fasterxml.jackson.databind.JsonNode;
import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.models.parsing.ParsingCreateParams;
import com.llamacloud_prod.api.models.parsing.ParsingJob;
import com.llamacloud_prod.api.models.parsing.ParsingResult;
import java.time.Duration;
import java.io.InputStream;
import java.util.List;

/**
 * The parse API ({@code /api/v2/parse}): start a job from a file, a URL or an upload, poll it, read
 * its text, Markdown and items, list, cancel and delete jobs.
 *
 * <pre>{@code
 * ParsingJob job = client.parsing().upload(MultipartField.of(Path.of("report.pdf")), ParsingCreateParams.builder().build());
 * ParsingResult result = client.parsing().waitForCompletion(job.id(), List.of("markdown", "items"), Duration.ofMinutes(5));
 * String firstPage = result.markdownPages().orElseThrow().get(0);
 * }</pre>
 */
public interface ParsingService {

    /** Starts a job for {@code params.fileId()} or its source URL. */
    ParsingJob create(ParsingCreateParams params);

    /** Starts a job for an uploaded file ({@code POST /api/v2/parse/upload}); the params carry no file id. */
    ParsingJob upload(MultipartField<InputStream> file, ParsingCreateParams params);

    /** The job with the given expansions ({@code text}, {@code markdown}, {@code items}, ...). */
    ParsingResult get(String jobId, List<String> expand);

    /** The project's jobs, newest first, every page of them. */
    List<ParsingJob> list();

    ParsingJob cancel(String jobId);

    /** Deletes a finished job and its results. */
    void delete(String jobId);

    /** The versions each tier accepts and what {@code latest} resolves to. */
    JsonNode listVersions();

    /**
     * Polls until the job is finished; returns it with {@code expand}. A job that FAILED or was
     * CANCELLED is returned too (check {@code job().status()}); past {@code timeout} this throws.
     */
    default ParsingResult waitForCompletion(String jobId, List<String> expand, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 100;
        while (true) {
            ParsingResult result = get(jobId, expand);
            if (result.job().isFinished()) {
                return result;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("parse job " + jobId + " not finished after " + timeout);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for parse job " + jobId, e);
            }
            pause = Math.min(2000, pause * 2);
        }
    }
}
