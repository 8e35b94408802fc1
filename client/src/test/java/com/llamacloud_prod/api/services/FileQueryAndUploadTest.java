package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.files.FileQueryParams;
import com.llamacloud_prod.api.models.files.FileQueryResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FileQueryAndUploadTest {

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
    void query_posts_the_filters_as_json_and_reads_one_page() throws Exception {
        api.enqueue(200, "{\"items\":[" + FileServiceTest.FILE + "],\"next_page_token\":\"t2\",\"total_size\":3}");

        FileQueryResponse page = api.client.files().query(FileQueryParams.builder()
                .projectId("p-1")
                .filter(FileQueryParams.Filter.builder().fileName("notes.txt").addFileId("f-1").build())
                .orderBy("name")
                .pageSize(2L)
                .build());

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v1/beta/files/query?project_id=p-1");
        assertThat(request.getBody().utf8()).isEqualTo(
                "{\"filter\":{\"file_ids\":[\"f-1\"],\"file_name\":\"notes.txt\"},\"order_by\":\"name\",\"page_size\":2}");
        assertThat(page.items()).extracting(FileQueryResponse.Item::id).containsExactly("f-1");
        assertThat(page.nextPageToken()).contains("t2");
        assertThat(page.totalSize()).contains(3L);
    }

    @Test
    void query_without_params_sends_an_empty_body_and_has_a_raw_form() throws Exception {
        api.enqueue(200, "{\"items\":[],\"next_page_token\":null}");

        HttpResponseFor<FileQueryResponse> response = api.client.files().withRawResponse().query();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.parse().items()).isEmpty();
        assertThat(api.take().getBody().utf8()).isEqualTo("{}");
    }

    @Test
    void stream_and_byte_uploads_send_the_file_part_without_a_filename() throws Exception {
        api.enqueue(200, FileServiceTest.FILE);
        api.enqueue(200, DirectoryServiceTest.ENTRY);

        api.client.files().create(FileCreateParams.builder()
                .file("abc".getBytes(StandardCharsets.UTF_8))
                .purpose(MultipartField.of("user_data"))
                .build());
        api.client.beta().directories().files().upload("dir-1", FileUploadParams.builder()
                .uploadFile(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)))
                .displayName(MultipartField.of("greeting.txt"))
                .build());

        String create = api.take().getBody().utf8();
        assertThat(create).contains("Content-Disposition: form-data; name=\"file\"\r\n")
                .contains("Content-Type: application/octet-stream").contains("abc")
                .contains("name=\"purpose\"").contains("user_data");
        String upload = api.take().getBody().utf8();
        assertThat(upload).contains("Content-Disposition: form-data; name=\"upload_file\"\r\n")
                .contains("hello")
                .contains("name=\"display_name\"").contains("greeting.txt");
    }

    @Test
    void multipart_fields_keep_a_given_filename_and_type() {
        MultipartField<InputStream> field = MultipartField.<InputStream>builder()
                .value(new ByteArrayInputStream(new byte[] {1, 2}))
                .filename("a.bin")
                .contentType("application/x-thing")
                .build();
        MultipartField<String> text = MultipartField.of("plain");
        MultipartField<Long> number = MultipartField.of(5L);

        assertThat(field.filename()).contains("a.bin");
        assertThat(field.contentType()).isEqualTo("application/x-thing");
        assertThat(field.bytes()).containsExactly(1, 2);
        assertThat(text.isText()).isTrue();
        assertThat(text.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(text.filename()).isEmpty();
        assertThat(number.text()).contains("5");
        assertThat(MultipartField.of(new byte[] {1}).contentType()).isEqualTo("application/octet-stream");
    }
}
