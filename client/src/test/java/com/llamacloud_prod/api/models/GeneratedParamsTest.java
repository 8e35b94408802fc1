package com.llamacloud_prod.api.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.core.JsonField;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileListParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The params classes generated from the OpenAPI document behave as the official SDK's: query values
 * formatted per type, body fields forwarded to the {@code Body} model, raw JSON setters, nested
 * known-value classes beside {@code Body}.
 */
class GeneratedParamsTest {

    @Test
    void query_params_format_enums_lists_dates_and_numbers_in_document_order() {
        DirectoryListParams directories = DirectoryListParams.builder()
                .includeDeleted(true)
                .type(DirectoryListParams.Type.EPHEMERAL)
                .addType(DirectoryListParams.DirectoryTypesItem.EPHEMERAL)
                .addType(DirectoryListParams.DirectoryTypesItem.of("brand_new"))
                .pageSize(0L)
                .projectId("p-1")
                .putAdditionalQueryParam("x", "1")
                .build();

        assertThat(directories._queryParams()).isEqualTo(QueryParams.builder()
                .put("include_deleted", "true")
                .put("type", "ephemeral")
                .put("types", "ephemeral")
                .put("types", "brand_new")
                .put("page_size", "0")
                .put("project_id", "p-1")
                .put("x", "1")
                .build());

        FileListParams files = FileListParams.builder()
                .directoryId("dir-1")
                .addExpand("download_url")
                .updatedAtOnOrAfter(OffsetDateTime.parse("2019-12-27T18:11:19.117+01:00"))
                .build();
        assertThat(files._queryParams().values("expand")).containsExactly("download_url");
        assertThat(files._queryParams().values("updated_at_on_or_after")).containsExactly("2019-12-27T18:11:19.117+01:00");
        assertThat(files._queryParams().keys()).doesNotContain("directory_id");
        assertThat(files._pathParam(0)).isEqualTo("dir-1");
        assertThat(files._pathParam(1)).isEqualTo("");
    }

    @Test
    void body_setters_forward_to_the_body_model_and_serialize_only_what_is_set() {
        DirectoryCreateParams params = DirectoryCreateParams.builder()
                .name("docs")
                .type(DirectoryCreateParams.Type.USER)
                .systemMetadata(DirectoryCreateParams.SystemMetadata.builder()
                        .putAdditionalProperty("source", JsonValue.from("crawler")).build())
                .description(Optional.empty())
                .build();

        DirectoryCreateParams.Body body = params._body();
        assertThat(body.name()).isEqualTo("docs");
        assertThat(params.type()).contains(DirectoryCreateParams.Type.USER);
        assertThat(params.description()).isEmpty();
        assertThat(ObjectMappers.jsonMapper().valueToTree(body).toString())
                .isEqualTo("{\"name\":\"docs\",\"description\":null,\"system_metadata\":{\"source\":\"crawler\"},\"type\":\"user\"}");
        assertThat(body.validate()).isSameAs(body);
    }

    @Test
    void raw_json_setters_take_values_the_sdk_does_not_know_and_validate_reports_them() {
        FileUpdateParams params = FileUpdateParams.builder()
                .directoryId("dir-1")
                .displayName(JsonField.of("renamed"))
                .uniqueId(JsonValue.from(42))
                .build();

        assertThat(params._displayName()).isEqualTo(JsonField.of("renamed"));
        assertThat(ObjectMappers.jsonMapper().valueToTree(params._body()).toString())
                .isEqualTo("{\"display_name\":\"renamed\",\"unique_id\":42}");
        assertThat(params._body().isValid()).isFalse();
        assertThatThrownBy(() -> params.uniqueId()).isInstanceOf(LlamaCloudInvalidDataException.class);
    }

    @Test
    void body_replaces_the_whole_body_and_field_setters_then_edit_it() {
        ChatStreamParams.Body body = ChatStreamParams.Body.builder().addIndexId("idx-1").prompt("first").build();

        ChatStreamParams params = ChatStreamParams.builder().sessionId("ses-1").body(body).prompt("second").build();

        assertThat(params.indexIds()).containsExactly("idx-1");
        assertThat(params.prompt()).isEqualTo("second");
        assertThat(body.prompt()).isEqualTo("first");
        assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
    }

    @Test
    void known_value_classes_keep_unknown_values_and_unions_take_each_variant() {
        ChatCreateParams params = ChatCreateParams.builder()
                .sharedAccess(ChatCreateParams.SharedAccess.of("write"))
                .build();
        assertThat(params.sharedAccess().orElseThrow().value()).isEqualTo(ChatCreateParams.SharedAccess.Value._UNKNOWN);
        assertThat(params.sharedAccess().orElseThrow().asString()).isEqualTo("write");

        RetrievalRetrieveParams.StaticFilters.ParsedDirectoryFileId one = RetrievalRetrieveParams.StaticFilters
                .ParsedDirectoryFileId.builder().operator(RetrievalRetrieveParams.StaticFilters.ParsedDirectoryFileId.Operator.EQ)
                .value("dfl-1").build();
        RetrievalRetrieveParams.StaticFilters.ParsedDirectoryFileId many = one.toBuilder()
                .valueOfStrings(List.of("dfl-1", "dfl-2")).build();
        assertThat(one.value().string()).contains("dfl-1");
        assertThat(many.value().strings()).contains(List.of("dfl-1", "dfl-2"));
    }

    @Test
    void multipart_params_hold_one_part_per_field_and_leave_unset_ones_null(@TempDir Path dir) throws IOException {
        FileUploadParams params = FileUploadParams.builder()
                .directoryId("dir-1")
                .uploadFile(new ByteArrayInputStream("Example data".getBytes(StandardCharsets.UTF_8)))
                .metadata("{\"source\": \"web\"}")
                .putAdditionalBodyProperty("tags", JsonValue.from(List.of("a")))
                .build();

        assertThat(params._body()).containsOnlyKeys("upload_file", "display_name", "external_file_id", "metadata",
                "unique_id", "tags");
        assertThat(params._body().get("upload_file").filename()).isEmpty();
        assertThat(params.uploadFile().readAllBytes()).isEqualTo("Example data".getBytes(StandardCharsets.UTF_8));
        assertThat(params._body().get("display_name").isNull()).isTrue();
        assertThat(params.displayName()).isEmpty();
        assertThat(params.metadata()).contains("{\"source\": \"web\"}");
        assertThat(params._body().get("tags").text()).contains("[\"a\"]");
        assertThat(params._body().get("metadata").getValue()).isEqualTo(MultipartField.of("{\"source\": \"web\"}").value());
        assertThat(params.toBuilder().build()).isEqualTo(params);

        Path file = Files.writeString(dir.resolve("report.txt"), "on disk");
        FileCreateParams create = FileCreateParams.builder().file(file).purpose("user_data").build();
        assertThat(create._file().filename()).contains("report.txt");
        assertThat(create._body()).containsOnlyKeys("file", "purpose", "external_file_id");
        assertThat(create._body().get("purpose").text()).contains("user_data");
        FileCreateParams.Body body = FileCreateParams.Body.builder().file(file).purpose("user_data").build();
        assertThat(body.validate()).isSameAs(body);
        assertThat(FileCreateParams.builder().body(body).build()._file()).isEqualTo(create._file());
        assertThat(FileCreateParams.builder().file("x".getBytes(StandardCharsets.UTF_8)).purpose("p").build()
                ._file().map(stream -> "mapped").text()).contains("mapped");
        assertThatThrownBy(() -> FileCreateParams.builder().purpose("user_data").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`file` is required, but was not set");
    }
}
