package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.errors.LlamaCloudServiceException;
import com.llamacloud_prod.api.models.parsing.ParsingCreateParams;
import com.llamacloud_prod.api.models.parsing.ParsingJob;
import com.llamacloud_prod.api.models.parsing.ParsingResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** client.parsing(): the requests it sends and how it reads the answers. */
class ParsingServiceTest {
    private static final String JOB = "{\"id\":\"pjb-1\",\"project_id\":\"p1\",\"status\":\"%s\",\"tier\":\"fast\","
            + "\"created_at\":\"2026-12-07T07:00:00.000000Z\",\"updated_at\":\"2026-12-07T07:00:01.000000Z\"}";

    private MockApi api;

    @BeforeEach
    void start() throws Exception {
        api = new MockApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void create_posts_the_options_as_json_and_reads_the_job() throws Exception {
        api.enqueue(200, JOB.formatted("PENDING"));

        ParsingJob job = api.client.parsing().create(ParsingCreateParams.builder().fileId("file-1").targetPages("1-3")
                .languages(List.of("en", "fr")).build());

        RecordedRequest request = api.take();
        assertThat(request.getTarget()).isEqualTo("/api/v2/parse");
        assertThat(request.getBody().utf8()).isEqualTo("{\"tier\":\"fast\",\"version\":\"latest\",\"file_id\":\"file-1\","
                + "\"page_ranges\":{\"target_pages\":\"1-3\"},\"processing_options\":{\"ocr_parameters\":"
                + "{\"languages\":[\"en\",\"fr\"]}}}");
        assertThat(job.id()).isEqualTo("pjb-1");
        assertThat(job.status()).isEqualTo("PENDING");
        assertThat(job.isFinished()).isFalse();
    }

    @Test
    void upload_sends_the_file_and_the_configuration_as_multipart() throws Exception {
        api.enqueue(200, JOB.formatted("PENDING"));

        api.client.parsing().upload(MultipartField.of("hello".getBytes(StandardCharsets.UTF_8), "a.md"),
                ParsingCreateParams.builder().build());

        RecordedRequest request = api.take();
        assertThat(request.getTarget()).isEqualTo("/api/v2/parse/upload");
        String body = request.getBody().utf8();
        assertThat(body).contains("name=\"configuration\"").contains("{\"tier\":\"fast\",\"version\":\"latest\"}")
                .contains("filename=\"a.md\"").contains("hello");
        assertThatThrownBy(() -> api.client.parsing().upload(MultipartField.of(new byte[1], "x"),
                ParsingCreateParams.builder().fileId("f").build())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wait_for_completion_polls_until_the_job_is_finished_and_reads_the_pages() throws Exception {
        api.enqueue(200, "{\"job\":" + JOB.formatted("RUNNING") + "}");
        api.enqueue(200, "{\"job\":" + JOB.formatted("COMPLETED") + ",\"markdown\":{\"pages\":[{\"page_number\":1,"
                + "\"markdown\":\"# A\",\"success\":true},{\"page_number\":2,\"success\":false,\"error\":\"OCR\"}]},"
                + "\"items\":{\"pages\":[]}}");

        ParsingResult result = api.client.parsing().waitForCompletion("pjb-1", List.of("markdown", "items"),
                Duration.ofSeconds(10));

        assertThat(api.take().getTarget()).isEqualTo("/api/v2/parse/pjb-1?expand=markdown&expand=items");
        assertThat(api.take().getTarget()).isEqualTo("/api/v2/parse/pjb-1?expand=markdown&expand=items");
        assertThat(result.job().status()).isEqualTo("COMPLETED");
        assertThat(result.markdownPages()).contains(List.of("# A", ""));
        assertThat(result.textPages()).isEmpty();
        assertThat(result.items()).isPresent();
    }

    @Test
    void list_follows_the_cursor_cancel_and_delete_use_their_paths() throws Exception {
        api.enqueue(200, "{\"items\":[" + JOB.formatted("COMPLETED") + "],\"next_page_token\":\"t2\"}");
        api.enqueue(200, "{\"items\":[" + JOB.formatted("FAILED").replace("pjb-1", "pjb-2") + "],\"next_page_token\":null}");
        api.enqueue(200, JOB.formatted("CANCELLED"));
        api.enqueue(200, "{\"id\":\"pjb-1\",\"project_id\":\"p1\"}");
        api.enqueue(409, "{\"detail\":\"Job pjb-1 is RUNNING; cancel it before deleting it\"}");

        assertThat(api.client.parsing().list()).extracting(ParsingJob::id).containsExactly("pjb-1", "pjb-2");
        assertThat(api.client.parsing().cancel("pjb-1").status()).isEqualTo("CANCELLED");
        api.client.parsing().delete("pjb-1");
        assertThatThrownBy(() -> api.client.parsing().delete("pjb-1")).isInstanceOf(LlamaCloudServiceException.class);

        assertThat(api.take().getTarget()).isEqualTo("/api/v2/parse?page_size=100");
        assertThat(api.take().getTarget()).isEqualTo("/api/v2/parse?page_size=100&page_token=t2");
        assertThat(api.take().getTarget()).isEqualTo("/api/v2/parse/pjb-1/cancel");
        RecordedRequest delete = api.take();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getTarget()).isEqualTo("/api/v2/parse/pjb-1");
    }
}
