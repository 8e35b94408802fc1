package com.llamacloud_prod.api.example;

import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.JsonValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.errors.UnprocessableEntityException;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileListResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexListResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncResponse;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.files.FileCreateResponse;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Java SDK against a live server: files, directories and the index lifecycle, end to end. */
@ExtendWith(LiveServerExtension.class)
class IndexSdkTest {
    static LiveServer server;
    static LlamaCloudClient client;

    @BeforeAll
    static void start(LiveServer live) throws Exception {
        server = live;
        client = server.client();
    }

    @Test
    void builds_an_index_over_uploaded_files_and_chats_with_it(@TempDir Path docs) throws Exception {
        DirectoryCreateResponse dir = client.beta().directories().create(
                DirectoryCreateParams.builder().name("handbooks").description("HR documents").build());
        Path holidays = Files.writeString(docs.resolve("holidays.txt"), "Employees get 30 days of paid leave per year.");
        FileUploadResponse first = client.beta().directories().files().upload(dir.id(), FileUploadParams.builder()
                .uploadFile(holidays)
                .metadata(JsonValue.from(Map.of("team", "hr", "year", 2024)).toString())
                .build());
        FileUploadResponse second = client.beta().directories().files().upload(dir.id(), FileUploadParams.builder()
                .uploadFile(MultipartField.of("Remote work is allowed two days a week.".getBytes(StandardCharsets.UTF_8), "remote.txt"))
                .metadata(JsonValue.from(Map.of("team", "it")).toString())
                .uniqueId("remote-policy")
                .build());
        assertThat(first.id()).startsWith("dfl-");
        assertThat(first.uniqueId()).isEqualTo("holidays.txt");
        assertThat(first.metadata().orElseThrow()._additionalProperties().get("team").asString()).contains("hr");
        assertThat(second.uniqueId()).isEqualTo("remote-policy");
        assertThat(client.beta().directories().files().list(dir.id()).autoPager().stream()
                .map(FileListResponse::id).collect(Collectors.toList())).containsExactly(first.id(), second.id());

        IndexCreateResponse created = client.beta().indexes().create(
                IndexCreateParams.builder().sourceDirectoryId(dir.id()).name("hr-index").build());
        assertThat(created.id()).startsWith("idx-");
        assertThat(created.sourceDirectoryId()).isEqualTo(dir.id());

        IndexGetResponse ready = awaitReady(created.id());
        // Free-form build state, as LlamaCloud's SDK types it.
        Map<String, JsonValue> metadata = ready.metadata().orElseThrow()._additionalProperties();
        assertThat(metadata.get("num_source_files")).isEqualTo(JsonValue.from(2));
        assertThat(metadata.get("num_parsed_files")).isEqualTo(JsonValue.from(2));
        assertThat(metadata.get("num_failed_files")).isEqualTo(JsonValue.from(0));
        assertThat(metadata.get("num_chunks").asNumber()).hasValueSatisfying(n -> assertThat(n.longValue()).isPositive());
        assertThat(ready.lastSyncedAt()).isPresent();

        List<String> listed = client.beta().indexes()
                .list(IndexListParams.builder().sourceDirectoryId(dir.id()).build())
                .autoPager().stream().map(IndexListResponse::id).collect(Collectors.toList());
        assertThat(listed).containsExactly(created.id());

        IndexSyncResponse resync = client.beta().indexes().sync(created.id());
        assertThat(resync.id()).isEqualTo(created.id());
        assertThat(awaitReady(created.id()).metadata().orElseThrow()._additionalProperties().get("num_parsed_files"))
                .isEqualTo(JsonValue.from(2));

        ChatCreateResponse session = client.beta().chat().create(ChatCreateParams.builder().addIndexId(created.id()).build());
        assertThat(session.indexIds()).contains(List.of(created.id()));

        client.beta().indexes().delete(created.id());
        client.beta().indexes().delete(created.id());
        assertThatThrownBy(() -> client.beta().indexes().get(created.id())).isInstanceOf(NotFoundException.class);
        client.beta().directories().delete(dir.id());
        assertThatThrownBy(() -> client.beta().directories().get(dir.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void uploads_a_file_and_downloads_it_through_its_presigned_url() throws Exception {
        FileCreateResponse file = client.files().create(FileCreateParams.builder()
                .file(MultipartField.of("plain bytes".getBytes(StandardCharsets.UTF_8), "bytes.txt"))
                .purpose("user_data")
                .externalFileId("ext-1")
                .build());
        assertThat(file.name()).isEqualTo("bytes.txt");
        assertThat(file.externalFileId()).contains("ext-1");
        assertThat(file.purpose()).contains("user_data");

        PresignedUrl link = client.files().get(file.id());
        try (InputStream in = URI.create(link.url()).toURL().openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("plain bytes");
        }
        assertThat(link.expiresAt().toInstant()).isAfter(Instant.now());

        client.files().delete(file.id());
        assertThatThrownBy(() -> client.files().get(file.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void maps_unknown_ids_and_invalid_input_to_exception_classes() {
        assertThatThrownBy(() -> client.beta().indexes().get("idx-00000000-0000-4000-8000-000000000000"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.files().create(FileCreateParams.builder()
                .file(MultipartField.of("x".getBytes(StandardCharsets.UTF_8), "x.txt")).purpose("not-a-purpose").build()))
                .isInstanceOf(UnprocessableEntityException.class);
        assertThatThrownBy(() -> client.beta().directories().files().list("dir-00000000-0000-4000-8000-000000000000")
                .items()).isInstanceOf(NotFoundException.class);
    }

    private static IndexGetResponse awaitReady(String indexId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            IndexGetResponse index = client.beta().indexes().get(indexId);
            String status = index.metadata().map(m -> m._additionalProperties().get("status")).flatMap(JsonValue::asString).orElse("");
            assertThat(status).as("index %s: %s", indexId, index).isNotEqualTo("failed");
            if (status.equals("ready")) {
                return index;
            }
            assertThat(Instant.now()).as("index %s ready in time: %s", indexId, index).isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
