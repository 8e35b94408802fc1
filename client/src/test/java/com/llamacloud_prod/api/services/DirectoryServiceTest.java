package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileAddParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileListParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DirectoryServiceTest {

    static final String DIR = "{\"id\":\"dir-1\",\"name\":\"docs\",\"project_id\":\"p-1\",\"type\":\"user\","
            + "\"description\":null,\"system_metadata\":null,\"created_at\":\"2026-04-22T12:00:00Z\"}";
    static final String ENTRY = "{\"id\":\"dfl-1\",\"directory_id\":\"dir-1\",\"display_name\":\"a.txt\","
            + "\"project_id\":\"p-1\",\"unique_id\":\"a\",\"file_id\":\"f-1\","
            + "\"metadata\":{\"team\":\"legal\",\"year\":2024,\"tags\":[\"x\"]},\"download_url\":null}";

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
    void create_posts_only_the_set_fields_as_json() throws Exception {
        api.enqueue(200, DIR);

        DirectoryCreateResponse dir = api.client.beta().directories().create(DirectoryCreateParams.builder()
                .name("docs").description("d").projectId("p-1").build());

        RecordedRequest request = api.take();
        assertThat(request.getTarget()).isEqualTo("/api/v1/beta/directories?project_id=p-1");
        assertThat(request.getBody().utf8()).isEqualTo("{\"name\":\"docs\",\"description\":\"d\"}");
        assertThat(dir.id()).isEqualTo("dir-1");
        assertThat(dir.type()).contains(DirectoryCreateResponse.Type.USER);
        assertThat(dir.description()).isEmpty();
        assertThat(dir.systemMetadata()).isEmpty();
    }

    @Test
    void update_sends_an_explicit_null_description_only_when_asked_to() throws Exception {
        api.enqueue(200, DIR);
        api.enqueue(200, DIR);

        api.client.beta().directories().update("dir-1", DirectoryUpdateParams.builder().description((String) null).build());
        api.client.beta().directories().update("dir-1", DirectoryUpdateParams.builder().name("n").build());

        RecordedRequest cleared = api.take();
        assertThat(cleared.getMethod()).isEqualTo("PATCH");
        assertThat(cleared.getTarget()).isEqualTo("/api/v1/beta/directories/dir-1");
        assertThat(cleared.getBody().utf8()).isEqualTo("{\"description\":null}");
        assertThat(api.take().getBody().utf8()).isEqualTo("{\"name\":\"n\"}");
    }

    @Test
    void list_sends_types_as_repeated_keys_and_pages_on() throws Exception {
        api.enqueue(200, "{\"items\":[" + DIR + "],\"next_page_token\":\"t\"}");
        api.enqueue(200, "{\"items\":[],\"next_page_token\":\"ignored-on-an-empty-page\"}");

        List<String> ids = api.client.beta().directories().list(DirectoryListParams.builder()
                        .addType(DirectoryListParams.DirectoryTypesItem.USER).addType(DirectoryListParams.DirectoryTypesItem.EPHEMERAL).includeDeleted(true).build())
                .autoPager().stream().map(DirectoryListResponse::id).collect(Collectors.toList());

        assertThat(ids).containsExactly("dir-1");
        assertThat(api.take().getTarget())
                .isEqualTo("/api/v1/beta/directories?include_deleted=true&types=user&types=ephemeral");
        assertThat(api.take().getUrl().queryParameter("page_token")).isEqualTo("t");
        assertThat(api.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void upload_sends_the_file_and_metadata_as_a_json_string_part() throws Exception {
        api.enqueue(200, ENTRY);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("team", "legal");
        metadata.put("year", 2024);

        FileUploadResponse entry = api.client.beta().directories().files().upload("dir-1", FileUploadParams.builder()
                .uploadFile(MultipartField.of("hello".getBytes(StandardCharsets.UTF_8), "a.txt"))
                .metadata(JsonValue.from(metadata).toString())
                .uniqueId("a")
                .build());

        RecordedRequest request = api.take();
        assertThat(request.getTarget()).isEqualTo("/api/v1/beta/directories/dir-1/files/upload");
        String body = request.getBody().utf8();
        assertThat(body).contains("name=\"upload_file\"; filename=\"a.txt\"")
                .contains("Content-Type: text/plain")
                .contains("name=\"metadata\"").contains("{\"team\":\"legal\",\"year\":2024}")
                .contains("name=\"unique_id\"")
                .doesNotContain("display_name").doesNotContain("external_file_id");
        assertThat(entry.metadata()).hasValueSatisfying(m -> {
            assertThat(m._additionalProperties().get("team")).isEqualTo(JsonValue.from("legal"));
            assertThat(m._additionalProperties().get("year").asNumber()).contains(2024);
            assertThat(m._additionalProperties().get("tags")).isEqualTo(JsonValue.from(List.of("x")));
        });
        assertThat(entry.downloadUrl()).isEmpty();
    }

    @Test
    void add_posts_json_with_metadata_map() throws Exception {
        api.enqueue(200, ENTRY);

        api.client.beta().directories().files().add("dir-1", FileAddParams.builder()
                .fileId("f-1").metadata(FileAddParams.Metadata.builder()
                        .putAdditionalProperty("team", JsonValue.from("legal"))
                        .putAdditionalProperty("draft", JsonValue.from(false)).build())
                .build());

        RecordedRequest request = api.take();
        assertThat(request.getTarget()).isEqualTo("/api/v1/beta/directories/dir-1/files");
        assertThat(request.getBody().utf8()).isEqualTo("{\"file_id\":\"f-1\",\"metadata\":{\"team\":\"legal\",\"draft\":false}}");
    }

    @Test
    void entry_calls_put_both_ids_in_the_path_and_percent_encode_them() throws Exception {
        api.enqueue(200, ENTRY);
        api.enqueue(200, ENTRY);
        api.enqueueNoContent();

        FileGetResponse got = api.client.beta().directories().files().get("dfl-1",
                FileGetParams.builder().directoryId("dir-1").addExpand("download_url").build());
        api.client.beta().directories().files().update("dfl/1",
                FileUpdateParams.builder().directoryId("dir-1").targetDirectoryId("dir-2").build());
        api.client.beta().directories().files().delete("dfl-1", FileDeleteParams.builder().directoryId("dir-1").build());

        assertThat(got.uniqueId()).isEqualTo("a");
        assertThat(api.take().getTarget()).isEqualTo("/api/v1/beta/directories/dir-1/files/dfl-1?expand=download_url");
        RecordedRequest update = api.take();
        assertThat(update.getTarget()).isEqualTo("/api/v1/beta/directories/dir-1/files/dfl%2F1");
        assertThat(update.getBody().utf8()).isEqualTo("{\"target_directory_id\":\"dir-2\"}");
        assertThat(api.take().getMethod()).isEqualTo("DELETE");
    }

    @Test
    void file_list_formats_dates_as_iso_8601_with_offset() throws Exception {
        api.enqueue(200, "{\"items\":[],\"next_page_token\":null}");

        api.client.beta().directories().files().list("dir-1", FileListParams.builder()
                .updatedAtOnOrAfter(OffsetDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC))
                .uniqueId("u").build());

        RecordedRequest request = api.take();
        assertThat(request.getUrl().queryParameter("updated_at_on_or_after")).isEqualTo("2026-01-02T03:04:00Z");
        assertThat(request.getUrl().queryParameter("unique_id")).isEqualTo("u");
    }

    @Test
    void builders_and_services_name_what_is_missing() {
        assertThatThrownBy(() -> DirectoryCreateParams.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`name` is required, but was not set");
        // As the official SDK, a set value is kept as given (the server validates it).
        assertThat(DirectoryCreateParams.builder().name("").build().name()).isEmpty();
        assertThatThrownBy(() -> FileAddParams.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`fileId` is required, but was not set");
        assertThatThrownBy(() -> FileUploadParams.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`uploadFile` is required, but was not set");
        assertThatThrownBy(() -> api.client.beta().directories().files().get("dfl-1", FileGetParams.none()))
                .isInstanceOf(IllegalStateException.class).hasMessage("`directoryId` is required, but was not set");
        assertThatThrownBy(() -> api.client.beta().directories().files().get("dfl-1",
                        FileGetParams.builder().directoryId("").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("directoryId must not be empty");
    }
}
