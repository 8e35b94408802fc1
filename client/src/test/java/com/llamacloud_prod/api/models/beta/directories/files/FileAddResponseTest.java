package com.llamacloud_prod.api.models.beta.directories.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A generated model referring to a model of another package, tested as LlamaCloud's SDK tests its models. */
class FileAddResponseTest {

    private static PresignedUrl presignedUrl() {
        return PresignedUrl.builder()
                .expiresAt(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"))
                .url("https://example.com")
                .formFields(PresignedUrl.FormFields.builder()
                        .putAdditionalProperty("foo", JsonValue.from("string"))
                        .build())
                .build();
    }

    private static FileAddResponse response() {
        return FileAddResponse.builder()
                .id("id")
                .directoryId("directory_id")
                .displayName("x")
                .projectId("project_id")
                .uniqueId("x")
                .createdAt(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"))
                .deletedAt(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"))
                .downloadUrl(presignedUrl())
                .fileId("file_id")
                .metadata(FileAddResponse.Metadata.builder()
                        .putAdditionalProperty("foo", JsonValue.from("string"))
                        .build())
                .updatedAt(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"))
                .build();
    }

    @Test
    void create() {
        FileAddResponse fileAddResponse = response();

        assertThat(fileAddResponse.id()).isEqualTo("id");
        assertThat(fileAddResponse.directoryId()).isEqualTo("directory_id");
        assertThat(fileAddResponse.displayName()).isEqualTo("x");
        assertThat(fileAddResponse.projectId()).isEqualTo("project_id");
        assertThat(fileAddResponse.uniqueId()).isEqualTo("x");
        assertThat(fileAddResponse.createdAt()).contains(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"));
        assertThat(fileAddResponse.deletedAt()).contains(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"));
        assertThat(fileAddResponse.downloadUrl()).contains(presignedUrl());
        assertThat(fileAddResponse.fileId()).contains("file_id");
        assertThat(fileAddResponse.metadata()).contains(FileAddResponse.Metadata.builder()
                .putAdditionalProperty("foo", JsonValue.from("string"))
                .build());
        assertThat(fileAddResponse.updatedAt()).contains(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"));
        fileAddResponse.validate();
    }

    @Test
    void roundtrip() throws Exception {
        JsonMapper jsonMapper = ObjectMappers.jsonMapper();
        FileAddResponse fileAddResponse = response();

        FileAddResponse roundtrippedFileAddResponse = jsonMapper.readValue(
                jsonMapper.writeValueAsString(fileAddResponse), FileAddResponse.class);

        assertThat(roundtrippedFileAddResponse).isEqualTo(fileAddResponse);
    }
}
