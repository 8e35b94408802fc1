package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.errors.UnexpectedStatusCodeException;
import com.llamacloud_prod.api.models.beta.attachments.AttachmentGetParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncResponse;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndexServiceTest {

    static final String INDEX = "{\"id\":\"idx-1\",\"export_config_id\":\"e-1\",\"name\":\"n\",\"output_directory_id\":\"dir-o\","
            + "\"project_id\":\"p-1\",\"source_directory_id\":\"dir-1\",\"sync_config_id\":\"s-1\",\"description\":null,"
            + "\"metadata\":{\"status\":\"ready\",\"error_message\":null,\"num_source_files\":2,\"num_parsed_files\":2,"
            + "\"num_failed_files\":0,\"num_chunks\":7,\"failed_files\":[],\"embedding_model\":\"m\"},"
            + "\"sync_in_progress\":false,\"future_field\":true}";

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
    void create_posts_json_with_store_attachments_as_a_list() throws Exception {
        api.enqueue(200, INDEX);

        IndexCreateResponse index = api.client.beta().indexes().create(IndexCreateParams.builder()
                .sourceDirectoryId("dir-1").name("n").addStoreAttachment("screenshots").build());

        RecordedRequest request = api.take();
        assertThat(request.getTarget()).isEqualTo("/api/v1/indexes");
        assertThat(request.getBody().utf8())
                .isEqualTo("{\"source_directory_id\":\"dir-1\",\"name\":\"n\",\"store_attachments\":[\"screenshots\"]}");
        assertThat(index.exportConfigId()).isEqualTo("e-1");
    }

    @Test
    void get_reads_the_build_state_and_keeps_unknown_keys() throws Exception {
        api.enqueue(200, INDEX);

        IndexGetResponse index = api.client.beta().indexes().get("idx-1",
                IndexGetParams.builder().addExpand(IndexGetParams.Expand.SYNC_IN_PROGRESS).build());

        assertThat(api.take().getTarget()).isEqualTo("/api/v1/indexes/idx-1?expand=sync_in_progress");
        IndexGetResponse.Metadata metadata = index.metadata().orElseThrow();
        // Free-form, as in the official SDK: every key is an additional property.
        Map<String, JsonValue> state = metadata._additionalProperties();
        assertThat(state.get("status")).isEqualTo(JsonValue.from("ready"));
        assertThat(state.get("error_message").isNull()).isTrue();
        assertThat(state.get("num_source_files")).isEqualTo(JsonValue.from(2));
        assertThat(state.get("num_chunks")).isEqualTo(JsonValue.from(7));
        assertThat(state).containsKeys("failed_files", "embedding_model");
        assertThat(index.syncInProgress()).contains(false);
        assertThat(index.description()).isEmpty();
        assertThat(index._additionalProperties()).containsOnlyKeys("future_field");
    }

    @Test
    void list_filters_by_source_directory() throws Exception {
        api.enqueue(200, "{\"items\":[" + INDEX + "]}");

        assertThat(api.client.beta().indexes().list(IndexListParams.builder().sourceDirectoryId("dir-1").build())
                .autoPager().stream().count()).isEqualTo(1);
        assertThat(api.take().getTarget()).isEqualTo("/api/v1/indexes?source_directory_id=dir-1");
    }

    @Test
    void sync_posts_an_empty_body_and_a_409_is_not_retried_when_the_server_says_so() throws Exception {
        api.enqueue(200, INDEX);
        api.server.enqueue(new MockResponse.Builder().code(409).addHeader("x-should-retry", "false")
                .body("{\"detail\":\"A sync is already running\"}").build());

        IndexSyncResponse synced = api.client.beta().indexes().sync("idx-1");
        RecordedRequest request = api.take();

        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v1/indexes/idx-1/sync");
        assertThat(request.getBody().size()).isZero();
        assertThat(synced.id()).isEqualTo("idx-1");
        assertThatThrownBy(() -> api.client.beta().indexes().sync("idx-1"))
                .isInstanceOf(UnexpectedStatusCodeException.class);
    }

    @Test
    void delete_maps_404_to_NotFoundException() {
        api.enqueue(404, "{\"detail\":\"Index not found\"}");

        assertThatThrownBy(() -> api.client.beta().indexes().delete("idx-nope"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void attachment_names_are_one_path_segment_with_the_slash_as_percent_2F() throws Exception {
        api.enqueue(200, "{\"url\":\"http://h/x\",\"expires_at\":\"2026-04-22T13:00:00Z\"}");

        PresignedUrl link = api.client.beta().attachments().get("screenshots/page_1.jpg",
                AttachmentGetParams.builder().sourceId("dfl-1").build());

        assertThat(api.take().getTarget()).isEqualTo("/api/v1/beta/attachments/screenshots%2Fpage_1.jpg?source_id=dfl-1");
        assertThat(link.url()).isEqualTo("http://h/x");
    }

    @Test
    void builders_name_what_is_missing() {
        assertThatThrownBy(() -> IndexCreateParams.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`sourceDirectoryId` is required, but was not set");
        assertThatThrownBy(() -> AttachmentGetParams.builder().attachmentName("a").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`sourceId` is required, but was not set");
        // As the official SDK (whose own tests build pageSize(0L), expiresAtSeconds(0L)), builders keep
        // values as given; the server answers 422 for out-of-range ones.
        assertThat(IndexListParams.builder().pageSize(-1L).build().pageSize()).contains(-1L);
    }
}
