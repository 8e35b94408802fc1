package com.llamacloud_prod.api.models.beta.directories.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.core.http.QueryParams;
import org.junit.jupiter.api.Test;

class FileGetParamsTest {

    @Test
    void pathParams() {
        FileGetParams params = FileGetParams.builder()
                .directoryId("directory_id")
                .directoryFileId("directory_file_id")
                .build();

        assertThat(params._pathParam(0)).isEqualTo("directory_id");
        assertThat(params._pathParam(1)).isEqualTo("directory_file_id");
        // out-of-bound path param
        assertThat(params._pathParam(2)).isEqualTo("");
    }

    @Test
    void queryParams() {
        FileGetParams params = FileGetParams.builder()
                .directoryId("directory_id")
                .directoryFileId("directory_file_id")
                .addExpand("string")
                .addExpand("other")
                .projectId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .build();

        assertThat(params._queryParams()).isEqualTo(QueryParams.builder()
                .put("expand", java.util.List.of("string", "other"))
                .put("project_id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .build());
    }
}
