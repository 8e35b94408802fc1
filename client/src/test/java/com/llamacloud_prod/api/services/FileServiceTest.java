package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.errors.UnprocessableEntityException;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.files.FileCreateResponse;
import com.llamacloud_prod.api.models.files.FileGetParams;
import com.llamacloud_prod.api.models.files.FileListPage;
import com.llamacloud_prod.api.models.files.FileListParams;
import com.llamacloud_prod.api.models.files.FileListResponse;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileServiceTest {

    static final String FILE = "{\"id\":\"f-1\",\"name\":\"notes.txt\",\"project_id\":\"p-1\",\"file_type\":\"txt\","
            + "\"purpose\":\"user_data\",\"file_size\":5,\"expires_at\":null,\"created_at\":\"2026-04-22T12:34:41.342245Z\","
            + "\"brand_new_field\":{\"x\":1}}";

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
    void create_sends_the_file_and_purpose_as_multipart_parts_and_no_absent_ones(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        api.enqueue(200, FILE);

        FileCreateResponse created = api.client.files().create(FileCreateParams.builder()
                .file(file).purpose("user_data").build());

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v1/beta/files");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
        String body = request.getBody().utf8();
        assertThat(body).contains("Content-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"")
                .contains("hello")
                .contains("Content-Disposition: form-data; name=\"purpose\"")
                .contains("user_data")
                .doesNotContain("external_file_id");
        assertThat(created.id()).isEqualTo("f-1");
        assertThat(created.fileSize()).contains(5L);
        assertThat(created.expiresAt()).isEmpty();
        assertThat(created.createdAt()).contains(OffsetDateTime.of(2026, 4, 22, 12, 34, 41, 342245000, ZoneOffset.UTC));
        assertThat(created._additionalProperties()).containsOnlyKeys("brand_new_field");
    }

    @Test
    void create_from_a_stream_uses_the_given_filename_and_sends_external_file_id() throws Exception {
        api.enqueue(200, FILE);

        api.client.files().create(FileCreateParams.builder()
                .file(MultipartField.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), "a.md"))
                .purpose("parse")
                .externalFileId("crm-1")
                .build());

        String body = api.take().getBody().utf8();
        assertThat(body).contains("name=\"file\"; filename=\"a.md\"").contains("abc")
                .contains("name=\"external_file_id\"").contains("crm-1");
    }

    @Test
    void create_maps_a_422_to_UnprocessableEntityException() {
        api.enqueue(422, "{\"detail\":[{\"type\":\"literal_error\",\"loc\":[\"body\",\"purpose\"],\"msg\":\"bad\"}]}");

        assertThatThrownBy(() -> api.client.files().create(FileCreateParams.builder()
                .file(MultipartField.of("x".getBytes(StandardCharsets.UTF_8), "x.txt")).purpose("nonsense").build()))
                .isInstanceOf(UnprocessableEntityException.class);
    }

    @Test
    void list_sends_arrays_as_repeated_keys_and_auto_pages_with_the_same_filters() throws Exception {
        api.enqueue(200, "{\"items\":[" + FILE + "],\"next_page_token\":\"t1\"}");
        api.enqueue(200, "{\"items\":[" + FILE.replace("f-1", "f-2") + "],\"next_page_token\":null}");

        FileListPage page = api.client.files().list(FileListParams.builder()
                .addFileId("a").addFileId("b").orderBy("name").pageSize(1L).build());
        List<String> ids = page.autoPager().stream().map(FileListResponse::id).collect(Collectors.toList());

        assertThat(ids).containsExactly("f-1", "f-2");
        assertThat(api.take().getTarget()).isEqualTo("/api/v1/beta/files?file_ids=a&file_ids=b&order_by=name&page_size=1");
        assertThat(api.take().getTarget())
                .isEqualTo("/api/v1/beta/files?file_ids=a&file_ids=b&order_by=name&page_size=1&page_token=t1");
    }

    @Test
    void get_returns_the_presigned_content_url() throws Exception {
        api.enqueue(200, "{\"url\":\"http://h/storage/v1/objects/tok\",\"expires_at\":\"2026-04-22T13:00:00Z\",\"form_fields\":null}");

        PresignedUrl link = api.client.files().get("f-1", FileGetParams.builder().expiresAtSeconds(60L).build());

        assertThat(api.take().getTarget()).isEqualTo("/api/v1/beta/files/f-1/content?expires_at_seconds=60");
        assertThat(link.url()).isEqualTo("http://h/storage/v1/objects/tok");
        assertThat(link.expiresAt()).isEqualTo(OffsetDateTime.of(2026, 4, 22, 13, 0, 0, 0, ZoneOffset.UTC));
        assertThat(link.formFields()).isEmpty();
    }

    @Test
    void delete_sends_DELETE_and_accepts_204() throws Exception {
        api.enqueueNoContent();

        api.client.files().delete("f-1");

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/api/v1/beta/files/f-1");
    }

    @Test
    void builders_name_what_is_missing_or_invalid() {
        assertThatThrownBy(() -> FileCreateParams.builder().purpose("user_data").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`file` is required, but was not set");
        assertThatThrownBy(() -> FileCreateParams.builder().file(MultipartField.of(new byte[0], "a.txt")).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`purpose` is required, but was not set");
        // As the official SDK (whose own tests build pageSize(0L), expiresAtSeconds(0L)), builders keep
        // values as given; the server answers 422 for out-of-range ones.
        assertThat(FileListParams.builder().pageSize(0L).build().pageSize()).contains(0L);
        assertThat(FileGetParams.builder().expiresAtSeconds(0L).build().expiresAtSeconds()).contains(0L);
        assertThatThrownBy(() -> FileCreateParams.builder().file(Path.of("/does/not/exist.txt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("path is not a regular file: /does/not/exist.txt");
        assertThatThrownBy(() -> api.client.files().get(FileGetParams.none()))
                .isInstanceOf(IllegalStateException.class).hasMessage("`fileId` is required, but was not set");
    }
}
